package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;

/**
 * The proposals to deny one application (four-eyes), oldest first, with their rules: the reasons an
 * examiner gives, one pending at a time, settled by a supervisor other than the one who proposed,
 * sent back with a note. The rows are the aggregate's ({@code denial_proposal}). An examiner
 * proposes and a supervisor sends back here ({@code application.denials().propose(…)}); each asks
 * the {@link Application} first whether its transition table allows it now and whether the officer
 * may act on the case, and stamps its {@code updatedAt}. Confirming, which decides, is the
 * application's ({@link Application#confirmDenial}).
 */
public final class DenialProposals {

  /** The longest reason for a denial. */
  public static final int LONGEST_REASON = 2000;

  /** The longest note of a supervisor who sends a proposal back. */
  public static final int LONGEST_RETURN_NOTE = 1000;

  private final Application application;
  private final List<DenialProposal> proposals;

  DenialProposals(Application application, List<DenialProposal> proposals) {
    this.application = application;
    this.proposals = proposals;
  }

  /** Every proposal to deny, oldest first (returned ones stay in the history). */
  public List<DenialProposal> all() {
    return Collections.unmodifiableList(proposals);
  }

  /** The proposal to deny that waits for a supervisor, if any. */
  public Optional<DenialProposal> pending() {
    return proposals.stream().filter(DenialProposal::pending).findFirst();
  }

  void requireNonePending() {
    if (pending().isPresent()) {
      throw new RuleViolation(
          "application.denial.pending",
          "不許可の起案が統括審査官の決裁待ちのため、この操作はできません。",
          "A proposed denial is waiting for a supervisor; this cannot be done meanwhile.");
    }
  }

  /**
   * The examiner proposes to deny (不許可; 不交付 for a COE) with the reasons the practitioner will read.
   * Nothing is decided yet: the application stays under examination (審査中) until a supervisor of the
   * bureau other than the examiner confirms or returns the proposal (four-eyes).
   */
  public void propose(Officer examiner, String reason, Instant now) {
    application.requireOfficer(ApplicationAction.PROPOSE_DENIAL, examiner);
    application.requireExaminer(examiner);
    add(examiner.id(), reason, now);
    application.touch(now);
  }

  /** Adds a proposal with the reasons the practitioner will read. */
  private void add(long examinerId, String reason, Instant now) {
    requireNonePending();
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > LONGEST_REASON) {
      throw new RuleViolation(
          "application.denial.reason",
          "不許可の理由を" + LONGEST_REASON + "文字以内で入力してください。理由は申請者に通知されます。",
          "Give the reasons for the denial (at most 2,000 characters); the practitioner reads"
              + " them.");
    }
    proposals.add(new DenialProposal(application, examinerId, r, now));
  }

  /** The pending proposal, for a supervisor who did not propose it. */
  DenialProposal pendingFor(Officer supervisor) {
    DenialProposal proposal =
        pending()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "application.denial.none-pending",
                        "決裁待ちの不許可の起案はありません。",
                        "There is no proposed denial waiting for a supervisor."));
    if (supervisor.role() != OfficerRole.SUPERVISOR) {
      throw new RuleViolation(
          "application.denial.not-supervisor",
          "不許可の決裁は統括審査官のみが行えます。",
          "Only a supervisor can confirm or return a proposed denial.");
    }
    if (Objects.equals(supervisor.id(), proposal.proposedBy())) {
      throw new RuleViolation(
          "application.denial.own-proposal",
          "自分で起案した不許可を自分で決裁することはできません。別の統括審査官の確認が必要です。",
          "You cannot confirm or return a denial you proposed yourself; another supervisor must"
              + " check it.");
    }
    return proposal;
  }

  /**
   * A supervisor of the bureau sends the pending proposal back to the examiner with a note (at most
   * {@value #LONGEST_RETURN_NOTE}); the examination goes on (審査中) and the examiner may approve, ask
   * for documents or propose again.
   */
  public void sendBack(Officer supervisor, String note, Instant now) {
    application.requireOfficer(ApplicationAction.RETURN_DENIAL, supervisor);
    DenialProposal proposal = pendingFor(supervisor);
    String n = note == null ? "" : note.strip();
    if (n.isEmpty() || n.length() > LONGEST_RETURN_NOTE) {
      throw new RuleViolation(
          "application.denial.return-note",
          "差し戻しの理由を" + LONGEST_RETURN_NOTE + "文字以内で入力してください。",
          "Say why the proposal is sent back (at most 1,000 characters).");
    }
    proposal.sendBack(supervisor.id(), n, now);
    application.touch(now);
  }
}
