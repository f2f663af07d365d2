package jp.zairyu.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.zairyu.application.Roles;
import jp.zairyu.web.FormLogin;

/** Form login to the officer console with the officer login ID and password. */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@DeclareRoles({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class ConsoleAuthentication extends FormLogin {}
