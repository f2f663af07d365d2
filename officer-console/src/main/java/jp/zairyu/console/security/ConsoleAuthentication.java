package jp.zairyu.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jp.zairyu.application.Roles;

/** Form login to the officer console with the officer login ID and password. */
@ApplicationScoped
@DeclareRoles({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class ConsoleAuthentication {}
