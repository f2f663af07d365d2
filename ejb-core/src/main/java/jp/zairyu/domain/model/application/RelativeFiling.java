package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.time.Period;
import jp.zairyu.domain.model.RuleViolation;

/**
 * When a relative (配偶者・子・父母, {@code conditional} in {@code user-procedures.csv}) may file: only
 * when the applicant is under 16 on the day of filing, computed from the date of birth on the form
 * (年齢計算ニ関スル法律: 16 from the 16th birthday on), or when the relative declares that the applicant
 * cannot file through illness or another reason, with that reason (user-types.csv, domain README).
 */
final class RelativeFiling {

  /** The age under which a relative may file without a declaration. */
  static final int AGE = 16;

  /** The most characters of the declared reason (the column's size). */
  static final int MAX_REASON = 500;

  private RelativeFiling() {}

  /** Whether the applicant born on {@code born} is under 16 on {@code today}. */
  static boolean underAge(LocalDate born, LocalDate today) {
    return today.isBefore(born.plusYears(AGE));
  }

  /** The declared reason as kept: stripped, null when blank; refused when too long. */
  static String reason(String typed) {
    String r = typed == null ? "" : typed.strip();
    if (r.length() > MAX_REASON) {
      throw new RuleViolation(
          "filing.relative-reason",
          "本人が申請できない理由は" + MAX_REASON + "文字以内で入力してください。",
          "Give the reason the applicant cannot file in at most " + MAX_REASON + " characters.");
    }
    return r.isEmpty() ? null : r;
  }

  /**
   * Refuses a relative's filing on {@code today} that the rule does not allow; any other kind of
   * user passes. Without a date of birth nothing is decided (the form names it as missing).
   */
  static void check(Filing filing, String userKind, FormContent form, LocalDate today) {
    boolean relative =
        filing.procedures().stream()
            .anyMatch(p -> p.permissionFor(userKind) == FilingPermission.CONDITIONAL);
    LocalDate born = form.applicant().dateOfBirth();
    if (!relative || born == null || underAge(born, today)) {
      return;
    }
    if (form.relativeDeclaration() && form.relativeDeclarationReason().isPresent()) {
      return;
    }
    if (form.relativeDeclaration()) {
      throw new RuleViolation(
          "filing.relative-reason",
          "本人が病気その他の理由で申請できない旨を申告する場合は、その理由を入力してください。",
          "Give the reason the applicant cannot file (illness or another reason).");
    }
    int age = Period.between(born, today).getYears();
    throw new RuleViolation(
        "filing.relative-not-permitted",
        "親族（配偶者・子・父母）による申請は、申請人が申請日に16歳未満である場合、又は病気その他の理由により本人が申請できない場合に限られます。申請人は申請日に満"
            + age
            + "歳です。本人が申請できない場合は、その旨と理由を申告してください。",
        "A relative (spouse, child, father or mother) may file only when the applicant is under 16"
            + " on the day of filing or cannot file through illness or another reason. The applicant"
            + " is "
            + age
            + " on the day of filing: if they cannot file, declare it with the reason.");
  }
}
