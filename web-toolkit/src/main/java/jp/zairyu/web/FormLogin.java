package jp.zairyu.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The form login of both front ends. The login page hands the typed credential to {@code
 * SecurityContext.authenticate}; the identity stores check it; the container is told the caller's
 * <em>name</em> and groups. Each front end's subclass adds {@code @AutoApplySession} (the HTTP
 * session keeps the login) and {@code @LoginToContinue} (other pages send a stranger to the login
 * page).
 *
 * <p>Why not Jakarta Security's {@code @CustomFormAuthenticationMechanismDefinition}, which does
 * the same: it hands the container the identity store's {@code CallerPrincipal} object. Payara 6
 * keeps such an object as a "custom principal" inside the session's {@code WebPrincipal}, and on
 * every later request of the session must find that {@code WebPrincipal} again through the one
 * security context all unauthenticated threads share ({@code JaspicRealm}'s "additional
 * principal"). Under concurrency another request overwrites or clears it in between, the request
 * loses its groups, and the web constraint answers 403 (payara/Payara#6145, 1–7 % of logged-in
 * requests in our load runs; fixed only in Payara 7 by payara/Payara#7928). Told a name, Payara
 * builds its own plain principal: the session then hands back the {@code WebPrincipal} itself,
 * reused with its groups, and nothing shared is involved. {@code ConcurrentSessionsIT} proves it.
 *
 * <p>The login also keeps the caller's name and groups in the session ({@link #LOGIN}): later
 * requests of the session hand them to the container with the session's principal ({@link
 * LoginGroupsInterceptor}), so that the caller keeps the roles on another instance of a cluster.
 *
 * <p>A mechanism is a bean of its WAR only. Once an application has one, Soteria bridges every web
 * module of it to a mechanism, and a module without one of its own answers every request 500: a web
 * module added to the EAR needs its own (the in-container tests' module has one).
 */
@KeepsLoginGroups
public abstract class FormLogin implements HttpAuthenticationMechanism {

  /** The session attribute holding the caller's name and groups ({@link Login}). */
  public static final String LOGIN = "jp.zairyu.web.login";

  /** The caller's name and groups as the identity store gave them at login; in the session. */
  public record Login(String name, List<String> groups) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Login {
      groups = List.copyOf(groups);
    }
  }

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      return context.doNothing(); // no login asked: @AutoApplySession and @LoginToContinue decide
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE; // the login page says why, in its own words
    }
    String name = result.getCallerPrincipal().getName();
    Set<String> groups = result.getCallerGroups();
    if (request != null) {
      request.getSession().setAttribute(LOGIN, new Login(name, List.copyOf(groups)));
    }
    return context.notifyContainerAboutLogin(name, groups);
  }
}
