package jp.zairyu.application;

import jp.zairyu.domain.model.RuleViolation;

/** The refusals for something that does not exist or that the caller may not see. */
final class NotFound {

  private NotFound() {}

  static RuleViolation application() {
    return new RuleViolation(
        "application.not-found", "申請が見つかりません。", "The application was not found.");
  }
}
