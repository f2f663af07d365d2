package jp.zairyu.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;

/** Writes each completed {@link CaseAction} to the audit trail: who, what, which case. */
@CaseAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CaseAuditInterceptor {

  @Inject private AuditTrail audit;
  @Inject private Principal caller;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    CaseAction action = invocation.getMethod().getAnnotation(CaseAction.class);
    Object[] parameters = invocation.getParameters();
    if (action != null && parameters.length > 0 && parameters[0] instanceof Long id) {
      audit.record(caller.getName(), "CASE_" + action.value(), "application " + id, null);
    }
    return result;
  }
}
