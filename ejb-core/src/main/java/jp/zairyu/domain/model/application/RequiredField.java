package jp.zairyu.domain.model.application;

import java.util.List;

/**
 * A field the form needs for submission ({@link FormCompleteness}), on the step of the portal's
 * form where it is entered, and whether the draft has it: the portal counts what is done and
 * missing per step and marks the required fields from these, never from rules of its own.
 *
 * @param step the step of the form (1 to {@value FormContent#WIZARD_STEPS}), see the constants
 * @param field the form's field, e.g. {@code fullName}, {@code family.name} (a row's field), the
 *     name the portal's form marks as required
 * @param label Japanese / English, as the list of missing fields names it
 * @param filled whether the draft has it
 */
public record RequiredField(int step, String field, String label, boolean filled) {

  /** Step 1: what is filed (kind, statuses, where the applicant is, receiving, mail). */
  public static final int FILING = 1;

  /** Step 2: the applicant. */
  public static final int APPLICANT = 2;

  /** Step 3: passport and stay. */
  public static final int PASSPORT_AND_STAY = 3;

  /** Step 4: family in Japan and a COE's accompanying persons. */
  public static final int FAMILY = 4;

  /** Step 5: employer, school or spouse. */
  public static final int SPONSOR = 5;

  /**
   * Whether {@code field} is one that every row of persons (family in Japan, a COE's accompanying
   * persons) asks for once the row is there: a row just added and not yet saved needs them as much
   * as a stored one, so the form marks them at once.
   */
  public static boolean ofEveryPersonRow(String field) {
    return PERSON_ROW_FIELDS.contains(field);
  }

  private static final java.util.Set<String> PERSON_ROW_FIELDS =
      java.util.stream.Stream.of("family", "accompanying")
          .flatMap(
              row ->
                  FormFields.requiredPersonFields(FAMILY, row, "", "", null, null, null, null)
                      .stream())
          .map(RequiredField::field)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Adds the field to {@code fields}, filled when {@code filled}. */
  static void need(
      List<RequiredField> fields, int step, String field, String label, boolean filled) {
    fields.add(new RequiredField(step, field, label, filled));
  }

  /** The labels of the fields of {@code fields} not filled, in their order. */
  static List<String> missing(List<RequiredField> fields) {
    return fields.stream().filter(f -> !f.filled()).map(RequiredField::label).toList();
  }
}
