package jp.zairyu.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.zairyu.infrastructure.security.PractitionerCredential;

/** The portal's login page: 認証ID and password. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  private String authId;
  private String password;
  private boolean failed;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new PractitionerCredential(authId.strip(), password)));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      default -> {
        // Start over with a clean session: nothing of the failed attempt stays behind.
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?failed=true");
      }
    }
  }

  /** Shows why the previous attempt failed (the page is reached with {@code failed=true}). */
  public void showFailure() {
    if (failed) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "認証IDまたはパスワードが正しくありません。 / The authentication ID or password is incorrect.",
              null));
    }
  }

  public boolean isFailed() {
    return failed;
  }

  public void setFailed(boolean failed) {
    this.failed = failed;
  }

  public String getAuthId() {
    return authId;
  }

  public void setAuthId(String authId) {
    this.authId = authId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
