package jp.zairyu.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.zairyu.application.Roles;
import jp.zairyu.web.FormLogin;

/** Form login to the portal with the 認証ID and password; pages other than login need it. */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@DeclareRoles(Roles.PRACTITIONER)
public class PortalAuthentication extends FormLogin {}
