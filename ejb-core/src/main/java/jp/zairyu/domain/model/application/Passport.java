package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The applicant's passport (旅券): its number (letters and digits, 6 to 12; full-width and lower case
 * accepted) and its date of expiry, which must be after today. Either may be missing in a draft.
 */
@Embeddable
public class Passport {

  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{6,12}");

  @Column(name = "passport_number")
  private String number;

  @Column(name = "passport_expiry")
  private LocalDate expiry;

  protected Passport() {}

  public Passport(String number, LocalDate expiry, LocalDate today) {
    if (!FormFields.blank(number)) {
      String n = FormFields.upper(number);
      if (!NUMBER.matcher(n).matches()) {
        throw new RuleViolation(
            "passport.number",
            "旅券番号は英数字6〜12文字で入力してください。",
            "The passport number is 6 to 12 letters and digits.");
      }
      this.number = n;
    }
    if (expiry != null && !expiry.isAfter(today)) {
      throw new RuleViolation(
          "passport.expired",
          "旅券の有効期限が切れています。有効期限は明日以降の日付を入力してください。",
          "The passport has expired: its date of expiry must be after today.");
    }
    this.expiry = expiry;
  }

  static Passport none() {
    return new Passport();
  }

  public String number() {
    return number;
  }

  public LocalDate expiry() {
    return expiry;
  }
}
