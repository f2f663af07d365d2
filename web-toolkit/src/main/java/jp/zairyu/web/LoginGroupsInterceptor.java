package jp.zairyu.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import javax.security.auth.callback.Callback;

/**
 * A request of a logged-in session, before {@code @AutoApplySession} (priority 200) and {@code
 * LoginToContinue} (220) see it: what {@code @AutoApplySession} does — the session's principal, the
 * very object, handed back to the container, which then reuses the session's {@code WebPrincipal}
 * with its groups — plus the caller's groups, which {@link FormLogin} keeps in the session at login
 * ({@link FormLogin#LOGIN}).
 *
 * <p>Payara ignores those groups while it reuses the {@code WebPrincipal}, which it always does on
 * the instance that logged the caller in. On another instance of a cluster (the session replicated
 * in the Data Grid, its instance gone) Payara does not reuse the copied {@code WebPrincipal}
 * ({@code RealmAdapter.reuseSessionSubject}) and makes the request's identity of the principal and
 * the groups the mechanism gives: without them the caller had no role there and every page answered
 * 403 ({@code ClusterFailoverIT}).
 */
@Interceptor
@KeepsLoginGroups
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 190)
public class LoginGroupsInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  public Object validateRequest(InvocationContext invocation) throws Exception {
    Object[] parameters = invocation.getParameters();
    if (!invocation.getMethod().getName().equals("validateRequest")
        || parameters.length != 3
        || !(parameters[2] instanceof HttpMessageContext context)) {
      return invocation.proceed();
    }
    HttpServletRequest request = context.getRequest();
    Principal caller = request == null ? null : request.getUserPrincipal();
    if (caller == null) {
      return invocation.proceed(); // a login, or none: @AutoApplySession and @LoginToContinue
    }
    context
        .getHandler()
        .handle(
            new Callback[] {
              new CallerPrincipalCallback(context.getClientSubject(), caller),
              new GroupPrincipalCallback(
                  context.getClientSubject(),
                  groupsKept(request.getSession(false), caller).toArray(String[]::new))
            });
    return AuthenticationStatus.SUCCESS;
  }

  /** The groups the login kept in the session, if they are the caller's. */
  static List<String> groupsKept(HttpSession session, Principal caller) {
    return session != null
            && session.getAttribute(FormLogin.LOGIN) instanceof FormLogin.Login login
            && login.name().equals(caller.getName())
        ? login.groups()
        : List.of();
  }
}
