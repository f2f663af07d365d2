package jp.zairyu.application;

import jp.zairyu.domain.model.RuleViolation;

/** The refusals for something that does not exist or that the caller may not see. */
final class NotFound {

  private NotFound() {}

  static RuleViolation application() {
    return new RuleViolation(
        "application.not-found", "申請が見つかりません。", "The application was not found.");
  }

  static RuleViolation attachment() {
    return new RuleViolation(
        "attachment.not-found", "添付ファイルが見つかりません。", "The attachment was not found.");
  }

  static RuleViolation registration() {
    return new RuleViolation(
        "registration.not-found", "登録が見つかりません。", "The registration was not found.");
  }

  static RuleViolation officer() {
    return new RuleViolation("officer.not-found", "職員が見つかりません。", "The officer was not found.");
  }

  static RuleViolation member() {
    return new RuleViolation(
        "office.member-not-found", "この事務所の利用者ではありません。", "This user is not a member of the office.");
  }
}
