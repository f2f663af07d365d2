package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import jp.zairyu.application.RegistrationService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.UserKind;
import jp.zairyu.web.messages.Messages;

/**
 * 利用者情報登録: the kind of user first, then the fields that kind needs, the terms, 登録. The answer is
 * the same whatever happens next (approved, in review, duplicate): it comes by mail.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RegistrationService registrations;

  private String kind;
  private String invitation;
  private boolean termsAccepted;
  private final RegistrationForm form = new RegistrationForm();

  public Collection<UserKind> getKinds() {
    return UserKind.all();
  }

  public UserKind getSelectedKind() {
    return UserKind.byCode(kind).orElse(null);
  }

  /** Whether the chosen kind needs this field ({@link UserKind.Field} name). */
  public boolean needs(String field) {
    return RegistrantChoices.needs(getSelectedKind(), field);
  }

  /** What the chosen kind needs, in Japanese. */
  public String getGuidanceJa() {
    UserKind kind = getSelectedKind();
    return kind == null ? "" : RegistrantChoices.guidance(kind).ja();
  }

  /** What the chosen kind needs, in English. */
  public String getGuidanceEn() {
    UserKind kind = getSelectedKind();
    return kind == null ? "" : RegistrantChoices.guidance(kind).en();
  }

  public List<String> getRelationships() {
    return RegistrantChoices.relationships(getSelectedKind());
  }

  public String relationshipLabel(String code) {
    return RegistrantChoices.label(code);
  }

  public String register() {
    try {
      registrations.register(kind, form.toForm(), termsAccepted, invitation);
      return "/registration/sent?faces-redirect=true";
    } catch (RuleViolation e) {
      Messages.error(e);
      return null;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getInvitation() {
    return invitation;
  }

  public void setInvitation(String invitation) {
    this.invitation = invitation;
  }

  public boolean isTermsAccepted() {
    return termsAccepted;
  }

  public void setTermsAccepted(boolean termsAccepted) {
    this.termsAccepted = termsAccepted;
  }

  public RegistrationForm getForm() {
    return form;
  }
}
