package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.zairyu.application.AccountService;
import jp.zairyu.application.OfficeService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.web.messages.Messages;

/**
 * 事務所: found an office; as its administrator invite staff, suspend, reinstate or remove them,
 * require two-step verification, and see and reassign the office's cases.
 */
@Named
@ViewScoped
public class OfficePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficeService offices;
  @EJB private AccountService accounts;

  private AccountService.AccountView account;
  private OfficeService.OfficeView office;
  private List<CaseRow> cases;
  private final Map<Long, String> reassignTo = new HashMap<>();
  private String newOfficeName;
  private String inviteEmail;

  public void load() {
    account = accounts.me();
    if (isAdministrator()) {
      office = offices.office();
      cases = offices.cases().stream().map(CaseRow::of).toList();
    }
  }

  public boolean isAdministrator() {
    return account.officeRole() == Practitioner.OfficeRole.ADMIN;
  }

  public void found() {
    run(() -> offices.found(newOfficeName), "事務所を作成しました。", "The office has been created.");
  }

  public void invite() {
    run(() -> offices.invite(inviteEmail), "招待メールを送信しました。", "The invitation has been sent.");
    inviteEmail = null;
  }

  public void suspend(String authId) {
    run(() -> offices.suspend(authId), "利用を停止しました。", "The member has been suspended.");
  }

  public void reinstate(String authId) {
    run(() -> offices.reinstate(authId), "利用を再開しました。", "The member has been reinstated.");
  }

  public void remove(String authId) {
    run(
        () -> offices.remove(authId),
        "事務所から外しました。担当の申請は管理者に移りました。",
        "The member has been removed; their cases moved to you.");
  }

  public void toggleSecondFactor() {
    boolean required = !office.secondFactorRequired();
    run(
        () -> offices.requireSecondFactor(required),
        required ? "職員の2段階認証を必須にしました。" : "2段階認証の必須を解除しました。",
        required ? "Two-step verification is now required." : "Two-step verification is optional.");
  }

  public void reassign(long applicationId) {
    String to = reassignTo.get(applicationId);
    run(() -> offices.reassign(applicationId, to), "担当者を変更しました。", "The case has been reassigned.");
  }

  private void run(Runnable action, String ja, String en) {
    try {
      action.run();
      Messages.ok(ja, en);
      load();
    } catch (RuleViolation e) {
      Messages.error(e);
    }
  }

  public AccountService.AccountView getAccount() {
    return account;
  }

  public OfficeService.OfficeView getOffice() {
    return office;
  }

  /**
   * A case of the office as the table shows it: kept with the view, so serializable (one value that
   * cannot be serialized leaves all the session's views out of a cluster's copy).
   */
  public record CaseRow(long id, String receipt, String applicantName, String stateJa)
      implements java.io.Serializable {

    static CaseRow of(ApplicationSummary a) {
      return new CaseRow(a.id(), a.receiptNumber(), a.applicantName(), a.state().labelJa());
    }
  }

  public List<CaseRow> getCases() {
    return cases;
  }

  public Map<Long, String> getReassignTo() {
    return reassignTo;
  }

  public String getNewOfficeName() {
    return newOfficeName;
  }

  public void setNewOfficeName(String v) {
    newOfficeName = v;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String v) {
    inviteEmail = v;
  }
}
