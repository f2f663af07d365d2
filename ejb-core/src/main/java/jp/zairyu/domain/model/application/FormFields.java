package jp.zairyu.domain.model.application;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Checks shared by the parts of the application form: a field may be left empty in a draft, but
 * what is typed must be well formed. Each returns the value to store (stripped, normalised) or null
 * for an empty field.
 */
final class FormFields {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]+");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private FormFields() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Free text of at most {@code max} characters without control characters. */
  static String text(String value, int max, String labelJa, String labelEn) {
    if (blank(value)) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new RuleViolation(
          "form.too-long",
          labelJa + "は" + max + "文字以内で入力してください。",
          labelEn + " must be at most " + max + " characters.");
    }
    boolean multiLine = max > 300;
    if (stripped
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r')))) {
      throw new RuleViolation(
          "form.control-characters",
          labelJa + "に使用できない文字が含まれています。",
          labelEn + " contains characters that are not allowed.");
    }
    return stripped;
  }

  /**
   * A telephone number: digits with optional +, hyphens, spaces and brackets (full-width accepted),
   * 10 to 15 digits.
   */
  static String phone(String value, String labelJa, String labelEn) {
    if (blank(value)) {
      return null;
    }
    String n = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).replace('ー', '-');
    long digits = n.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(n).matches() || digits < 10 || digits > 15 || n.length() > 20) {
      throw new RuleViolation(
          "form.phone",
          labelJa + "は数字10〜15桁で入力してください（ハイフン可、例 03-1234-5678）。",
          labelEn + " must have 10 to 15 digits (hyphens allowed, e.g. 03-1234-5678).");
    }
    return n;
  }

  /** A date of birth: from 1 January 1900 up to today. */
  static LocalDate birth(LocalDate date, LocalDate today, String labelJa, String labelEn) {
    if (date != null && (date.isAfter(today) || date.isBefore(EARLIEST_BIRTH))) {
      throw new RuleViolation(
          "form.date-of-birth",
          labelJa + "は1900年1月1日から今日までの日付を入力してください。",
          labelEn + " must be between 1 January 1900 and today.");
    }
    return date;
  }

  /** A residence card number as typed (full-width and lower case accepted), or null. */
  static String card(String value) {
    return blank(value) ? null : ResidenceCardNumber.parse(value).value();
  }

  static String upper(String value) {
    return Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
  }

  /**
   * What a person's row (family in Japan, an accompanying person) still lacks for submission:
   * relationship, name, date of birth and nationality, named with the row's prefix in both
   * languages (e.g. 家族1の / family member 1: ).
   */
  static List<RequiredField> requiredPersonFields(
      int step,
      String row,
      String prefix,
      String prefixEn,
      FamilyRelationship relationship,
      String name,
      LocalDate dateOfBirth,
      String nationality) {
    List<RequiredField> r = new ArrayList<>();
    RequiredField.need(
        r,
        step,
        row + ".relationship",
        prefix + "続柄 / " + prefixEn + "relationship",
        relationship != null);
    RequiredField.need(r, step, row + ".name", prefix + "氏名 / " + prefixEn + "name", name != null);
    RequiredField.need(
        r,
        step,
        row + ".dateOfBirth",
        prefix + "生年月日 / " + prefixEn + "date of birth",
        dateOfBirth != null);
    RequiredField.need(
        r,
        step,
        row + ".nationality",
        prefix + "国籍・地域 / " + prefixEn + "nationality",
        nationality != null);
    return r;
  }
}
