package jp.zairyu.domain.model.application;

import java.util.Objects;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;

/**
 * Which officers may act on a case, the refusals the {@link Application}'s transitions give: an
 * examining role in the case's bureau, the case's own examiner, a supervisor who assigns an active
 * examiner.
 */
final class CaseOfficers {

  private CaseOfficers() {}

  /** Officers act on a case only with an examining role and only in its bureau. */
  static void requireCompetent(Officer officer, String bureauCode) {
    officer.requireExaminingRole();
    if (bureauCode == null || !officer.worksAt(bureauCode)) {
      throw new RuleViolation(
          "application.other-bureau",
          "他の地方出入国在留管理局の申請は扱えません。",
          "This application belongs to another regional bureau.");
    }
  }

  /** Only the case's examiner acts as its examiner. */
  static void requireExaminer(Officer examiner, Long examinerId) {
    if (!Objects.equals(examinerId, examiner.id())) {
      throw new RuleViolation(
          "application.not-examiner",
          "この申請の担当審査官ではありません。",
          "You are not the examiner of this application.");
    }
  }

  /** A supervisor assigns cases, to an active officer who examines. */
  static void requireAssignable(Officer examiner, Officer supervisor) {
    if (supervisor.role() != OfficerRole.SUPERVISOR) {
      throw new RuleViolation(
          "application.assign.role",
          "審査官の割当ては統括審査官が行います。",
          "Only a supervisor assigns cases to examiners.");
    }
    if (!examiner.active() || !examiner.examines()) {
      throw new RuleViolation(
          "application.assign.examiner",
          "この職員には審査を割り当てられません。",
          "This officer cannot be given cases to examine.");
    }
  }
}
