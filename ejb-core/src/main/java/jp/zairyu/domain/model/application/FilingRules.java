package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.RuleViolation;

/**
 * What may be filed, by whom, with which statuses: the kind of user against {@code
 * user-procedures.csv} (a relative's conditions are {@link RelativeFiling}'s, on the day of
 * filing), and the current and desired status as the procedure's rules ask them ({@code
 * procedure-rules.csv}), supervised intern training only by the supervising organisation's staff.
 */
final class FilingRules {

  private FilingRules() {}

  /**
   * Refuses what the tables forbid; answers the status applied for (the one held, for a procedure
   * that keeps it).
   */
  static StatusChoice check(
      Procedure procedure,
      Filing filing,
      StatusChoice current,
      StatusChoice desired,
      String userKind,
      boolean relativeDeclaration) {
    // A relative ("conditional") may file what the table allows; whether the applicant's age or a
    // declaration lets them is decided on the day of filing (RelativeFiling).
    for (Procedure p : filing.procedures()) {
      if (p.permissionFor(userKind) == FilingPermission.NO) {
        throw new RuleViolation(
            "filing.not-permitted",
            "あなたの利用者区分では「" + p.nameJa() + "」を申請できません。",
            "Your kind of user cannot file \"" + p.nameEn() + "\".");
      }
    }
    if (procedure.asksCurrentStatus()) {
      requirePresent(current, "現在の在留資格", "the current status");
    } else {
      requireNull(current, "現在の在留資格", "the current status");
    }
    // 永住者 / 特別永住者: each procedure and role as permanent-residents.csv says.
    PermanentResidents.check(procedure, PermanentResidents.Role.CURRENT, current);
    if (!procedure.keepsStatus()) {
      PermanentResidents.check(procedure, PermanentResidents.Role.DESIRED, desired);
    }
    switch (procedure.rules().desiredStatus()) {
      case REQUIRED -> requirePresent(desired, "希望する在留資格", "the desired status");
      case OTHER -> {
        requirePresent(desired, "希望する在留資格", "the desired status");
        if (current.equals(desired)) {
          throw new RuleViolation(
              "filing.same-status",
              "変更の申請では、現在と異なる在留資格を選んでください。",
              "For a change, choose a status other than the current one.");
        }
      }
      case SAME -> {
        if (desired != null && !desired.equals(current)) {
          throw new RuleViolation(
              "filing.extension-status",
              "更新の申請では在留資格は変わりません。別の在留資格にするには変更の申請をしてください。",
              "An extension keeps the status; file a change to get another one.");
        }
        if (current.indefinitePeriod()) {
          throw new RuleViolation(
              "filing.extension-indefinite",
              "在留資格「" + current.labelJa() + "」の在留期間は無期限のため、更新の申請はありません。",
              "The period of stay of \""
                  + current.labelJa()
                  + "\" is indefinite: there is no extension.");
        }
        desired = current;
      }
      case NONE -> requireNull(desired, "希望する在留資格", "a desired status");
    }
    for (StatusChoice s : new StatusChoice[] {current, desired}) {
      if (s != null && s.supervisedInternTraining() && !"ORG_STAFF".equals(userKind)) {
        throw new RuleViolation(
            "filing.titp-supervised",
            "団体監理型の技能実習は、監理団体の職員のみオンラインで申請できます。",
            "Supervised technical intern training can be filed online only by the supervising"
                + " organisation's staff.");
      }
    }
    return desired;
  }

  private static void requirePresent(StatusChoice s, String ja, String en) {
    if (s == null) {
      throw new RuleViolation("filing.status-missing", ja + "を選んでください。", "Choose " + en + ".");
    }
  }

  private static void requireNull(StatusChoice s, String ja, String en) {
    if (s != null) {
      throw new RuleViolation(
          "filing.status-not-applicable",
          "この申請では" + ja + "は選べません。",
          "This application has no " + en + ".");
    }
  }
}
