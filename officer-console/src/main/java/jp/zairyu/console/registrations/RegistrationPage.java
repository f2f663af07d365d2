package jp.zairyu.console.registrations;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.application.RegistrationService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.Registration;
import jp.zairyu.web.messages.Conflicts;
import jp.zairyu.web.messages.Messages;

/** 登録審査: one registration in review, approved or rejected with a reason. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String LIST = "/registrations/index?faces-redirect=true";

  @EJB private RegistrationService registrations;

  private Long id;
  private String reason;
  private List<Fact> facts = List.of();
  private boolean found;
  private boolean inReview;
  private String heading = "";

  public void load() {
    if (id == null) {
      Messages.error(
          "登録が指定されていません。登録審査一覧から選んでください。",
          "No registration was chosen. Choose one from the list of registrations in review.");
      return;
    }
    Registration registration;
    try {
      registration = registrations.registration(id);
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
      found = false;
      return;
    }
    found = true;
    inReview = registration.state() == Registration.State.IN_REVIEW;
    heading = registration.details().fullName();
    List<Fact> all = new ArrayList<>(facts(registration));
    if (inReview) {
      List<Registration> others = registrations.openSharing(registration);
      if (!others.isEmpty()) {
        all.add(
            2,
            new Fact(
                "others",
                "同じメールアドレス・証明書番号の他の登録",
                "Other registrations with this mail address or certificate number",
                others.stream()
                        .map(
                            o ->
                                "#"
                                    + o.id()
                                    + " "
                                    + o.details().fullName()
                                    + " <"
                                    + o.details().email()
                                    + "> "
                                    + RegistrationFacts.state(o.state()))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("")
                    + "（承認すると、これらは終了します / approving this one supersedes them）"));
      }
    }
    facts = List.copyOf(all);
  }

  public String approve() {
    try {
      registrations.approve(id);
    } catch (RuleViolation violation) {
      Messages.error(violation);
      load();
      return null;
    } catch (EJBException failure) {
      Conflicts.show(failure);
      load();
      return null;
    }
    Messages.info(
        "登録を承認しました。パスワード設定用のリンクを登録者にメールで送ります。",
        "Registration approved. The registrant is mailed the link to set a password.");
    return LIST;
  }

  public String reject() {
    try {
      registrations.reject(id, reason);
    } catch (RuleViolation violation) {
      Messages.error(violation);
      load();
      return null;
    } catch (EJBException failure) {
      Conflicts.show(failure);
      load();
      return null;
    }
    Messages.info(
        "登録を却下しました。理由を登録者にメールで伝えます。",
        "Registration rejected. The registrant is mailed the reason.");
    return LIST;
  }

  private static List<Fact> facts(Registration r) {
    Registrant d = r.details();
    List<Fact> list = new ArrayList<>();
    list.add(new Fact("state", "状態", "State", RegistrationFacts.state(r.state())));
    list.add(new Fact("kind", "利用者区分", "Kind of user", RegistrationFacts.kind(r)));
    list.add(new Fact("reason", "審査が必要な理由", "Why it needs review", RegistrationFacts.reason(r)));
    list.add(
        new Fact("received", "受付日時", "Received", RegistrationFacts.TIME.format(r.createdAt())));
    list.add(new Fact("fullName", "氏名", "Name", d.fullName()));
    list.add(new Fact("fullNameKana", "氏名（カナ）", "Name in katakana", d.fullNameKana()));
    add(
        list,
        "certificateNumber",
        "申請等取次者証明書番号",
        "Agent certificate number",
        d.certificateNumber());
    add(
        list,
        "certificateExpiry",
        "証明書の有効期限",
        "Certificate expiry date",
        RegistrationFacts.date(d.certificateExpiry()));
    add(list, "unitAssociation", "所属する単位会", "Bar or association", d.unitAssociation());
    add(list, "organisationName", "所属機関名", "Organisation", d.organisationName());
    add(list, "approvalNumber", "承認番号", "Approval number", d.approvalNumber());
    add(
        list,
        "approvalDate",
        "承認日（有効期限）",
        "Date of approval (valid until)",
        d.approvalDate() == null
            ? null
            : RegistrationFacts.date(d.approvalDate())
                + "（"
                + RegistrationFacts.date(d.approvalExpiry())
                + "まで / until "
                + RegistrationFacts.date(d.approvalExpiry())
                + "）");
    add(
        list,
        "requestingOrganisation",
        "依頼元の所属機関",
        "Requesting organisation",
        d.requestingOrganisation());
    add(list, "residenceCardNumber", "在留カード番号", "Residence card number", d.residenceCardNumber());
    add(
        list,
        "relationship",
        "申請人との関係",
        "Relationship to the applicant",
        RegistrationFacts.relationship(d.relationship()));
    boolean office = r.kind().addressIsOffice();
    add(list, "postalCode", "郵便番号", "Postal code", d.postalCode());
    add(
        list,
        "address",
        office ? "事務所の所在地" : "住居地",
        office ? "Office address" : "Address",
        d.address());
    add(list, "phone", "電話番号", "Phone number", d.phone());
    add(list, "email", "メールアドレス", "Mail address", d.email());
    if (r.decisionReason() != null) {
      list.add(new Fact("decisionReason", "却下の理由", "Reason for rejection", r.decisionReason()));
    }
    if (r.decidedBy() != null) {
      list.add(new Fact("decidedBy", "判断した職員", "Decided by", r.decidedBy()));
    }
    return List.copyOf(list);
  }

  private static void add(List<Fact> list, String key, String ja, String en, String value) {
    if (value != null && !value.isBlank()) {
      list.add(new Fact(key, ja, en, value));
    }
  }

  /** One labelled value of the registration. */
  public record Fact(String key, String labelJa, String labelEn, String value)
      implements Serializable {}

  public boolean isFound() {
    return found;
  }

  public boolean isInReview() {
    return inReview;
  }

  public String getHeading() {
    return heading;
  }

  public List<Fact> getFacts() {
    return facts;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
