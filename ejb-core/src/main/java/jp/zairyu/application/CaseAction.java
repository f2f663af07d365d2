package jp.zairyu.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an officer's use case on one case (its first parameter is the application's id): each call
 * that completes is written to the audit trail, in the same transaction, as {@code CASE_<value>} by
 * the calling officer — views as well as actions.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CaseAction {

  /** What was done, e.g. {@code VIEWED}, {@code APPROVED}. */
  @Nonbinding
  String value() default "";
}
