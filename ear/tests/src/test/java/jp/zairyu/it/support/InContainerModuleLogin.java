package jp.zairyu.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The authentication mechanism of the in-container tests' web module ({@link
 * Deployments#earWithTests}): nobody logs in there, Arquillian's runner servlet is open. Soteria
 * bridges every web module of an application to a mechanism once the application has one (the
 * portal's and the console's {@code FormLogin}), and a module whose own classes hold none then
 * answers every request 500; this one holds its own.
 */
@ApplicationScoped
public class InContainerModuleLogin implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
