package jp.zairyu.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.zairyu.application.Roles;

/** Form login to the portal with the 認証ID and password; pages other than login need it. */
@ApplicationScoped
@DeclareRoles(Roles.PRACTITIONER)
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class PortalAuthentication {}
