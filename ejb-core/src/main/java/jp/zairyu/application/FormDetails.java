package jp.zairyu.application;

import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.application.FamilyRelationship;
import jp.zairyu.domain.model.application.FormContent;
import jp.zairyu.domain.model.application.StayDetails;

/**
 * The rest of the official form as the practitioner typed it, before the domain has checked it:
 * passport, stay (periods, reason, criminal record, a COE's entry), family in Japan, the
 * status-specific part and a COE's accompanying persons.
 *
 * @param currentIndefinite the period held now is indefinite (無期限): no months, no date of expiry
 * @param desiredIndefinite the period applied for is indefinite (無期限) rather than months
 * @param accompanied 同伴者の有無 of a COE (null: not answered, or not a COE)
 */
public record FormDetails(
    String passportNumber,
    LocalDate passportExpiry,
    Integer currentPeriodMonths,
    boolean currentIndefinite,
    LocalDate currentExpiry,
    Integer desiredPeriodMonths,
    boolean desiredIndefinite,
    String reason,
    Boolean criminalRecord,
    String criminalDetails,
    String entryPort,
    LocalDate entryDate,
    List<Family> family,
    Sponsor sponsor,
    Boolean accompanied,
    List<Accompanying> accompanying) {

  public FormDetails {
    family = family == null ? List.of() : List.copyOf(family);
    accompanying = accompanying == null ? List.of() : List.copyOf(accompanying);
    sponsor = sponsor == null ? Sponsor.EMPTY : sponsor;
  }

  /** Nothing typed yet. */
  public static final FormDetails EMPTY =
      new FormDetails(
          null, null, null, false, null, null, false, null, null, null, null, null, null, null,
          null, null);

  /** What a stored form says, as the form would type it (to show it again). */
  public static FormDetails of(FormContent f) {
    StayDetails s = f.stay();
    return new FormDetails(
        f.passport().number(),
        f.passport().expiry(),
        s.currentPeriodMonths().orElse(null),
        s.currentIndefinite(),
        s.currentExpiry().orElse(null),
        s.desiredPeriodMonths().orElse(null),
        s.desiredIndefinite(),
        s.reason(),
        s.criminalRecord().orElse(null),
        s.criminalDetails(),
        s.entryPort(),
        s.entryDate().orElse(null),
        f.family().stream()
            .map(
                m ->
                    new Family(
                        m.relationship().orElse(null),
                        m.name(),
                        m.dateOfBirth(),
                        m.nationality(),
                        m.livingTogether(),
                        m.workplace(),
                        m.residenceCardNumber().map(Object::toString).orElse(null)))
            .toList(),
        Sponsor.of(f.sponsor()),
        f.accompanied().orElse(null),
        f.accompanying().stream()
            .map(
                p ->
                    new Accompanying(
                        p.relationship().orElse(null), p.name(), p.dateOfBirth(), p.nationality()))
            .toList());
  }

  /** One accompanying person of a COE (同伴者). */
  public record Accompanying(
      FamilyRelationship relationship, String name, LocalDate dateOfBirth, String nationality) {}

  /** One row of family in Japan. */
  public record Family(
      FamilyRelationship relationship,
      String name,
      LocalDate dateOfBirth,
      String nationality,
      boolean livingTogether,
      String workplace,
      String residenceCardNumber) {}

  /** The status-specific part (employer, school, spouse or supporter). */
  public record Sponsor(
      String name,
      String address,
      String phone,
      String detail,
      LocalDate dateOfBirth,
      String nationality,
      String residenceCardNumber,
      Integer annualIncomeYen) {
    public static final Sponsor EMPTY = new Sponsor(null, null, null, null, null, null, null, null);

    /** What a stored sponsor says, as the form would type it (to show or copy it). */
    public static Sponsor of(jp.zairyu.domain.model.application.SponsorDetails s) {
      return new Sponsor(
          s.name(),
          s.address(),
          s.phone(),
          s.detail(),
          s.dateOfBirth(),
          s.nationality(),
          s.residenceCardNumber(),
          s.annualIncomeYen());
    }
  }
}
