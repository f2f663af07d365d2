package jp.zairyu.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request of a logged-in session hands the container the caller's groups as well ({@link
 * LoginGroupsInterceptor}); {@link FormLogin} and so both front ends' mechanisms have it.
 */
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface KeepsLoginGroups {}
