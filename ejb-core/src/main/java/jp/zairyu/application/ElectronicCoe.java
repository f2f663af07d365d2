package jp.zairyu.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * What an electronic certificate of eligibility (在留資格認定証明書, 電子交付) prints. It is valid for {@link
 * #VALIDITY} from the day of issue: the holder must apply for landing by {@code validUntil}.
 */
public record ElectronicCoe(
    String certificateNumber,
    String receiptNumber,
    String applicantName,
    String nationality,
    LocalDate dateOfBirth,
    String statusJa,
    String statusEn,
    LocalDate issuedOn,
    LocalDate validUntil,
    String bureauJa,
    String bureauEn) {

  /** How long a COE is valid from the day of issue (3 months). */
  public static final Period VALIDITY = Period.ofMonths(3);

  public ElectronicCoe {
    Objects.requireNonNull(certificateNumber);
    Objects.requireNonNull(applicantName);
    Objects.requireNonNull(issuedOn);
    if (!issuedOn.plus(VALIDITY).equals(validUntil)) {
      throw new IllegalArgumentException("A COE is valid for " + VALIDITY + " from its issue");
    }
  }

  /** The last day of validity of a certificate issued on {@code issuedOn}. */
  public static LocalDate validUntil(LocalDate issuedOn) {
    return issuedOn.plus(VALIDITY);
  }
}
