package jp.zairyu.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a cluster replicates of a user's session (issue 18): every bean kept in the HTTP session
 * (session-, view-, conversation- and flow-scoped) is {@link Serializable}, and so is every field
 * it keeps, so that Payara can copy the session to another instance of the deployment group and a
 * user whose instance died goes on there. Checked by each WAR's {@code SessionStateTest} (this
 * class is in web-toolkit's test jar), which also requires {@code <distributable/>} in its {@code
 * web.xml}.
 *
 * <p>A field passes if it is static or transient, of a primitive or {@link Serializable} type (or
 * an array of one), a {@link Collection} or {@link Map} whose declared elements pass too (and so do
 * the fields of the classes of ours it keeps, records included), or injected by the container
 * ({@code @Inject}, {@code @EJB}, {@code @Resource}): Weld's client proxies of normal-scoped beans
 * and the EJB container's references are serializable; an injected {@code @Dependent} class of ours
 * is checked like a field of its own type.
 */
public final class SessionState {

  /** The scopes whose beans live in the HTTP session. */
  static final Set<String> SESSION_SCOPES =
      Set.of(
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.faces.view.ViewScoped",
          "jakarta.faces.flow.FlowScoped");

  private static final Set<String> NORMAL_SCOPES =
      Set.of(
          "jakarta.enterprise.context.ApplicationScoped",
          "jakarta.enterprise.context.RequestScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.faces.view.ViewScoped",
          "jakarta.faces.flow.FlowScoped",
          "jakarta.ejb.Stateless",
          "jakarta.ejb.Singleton",
          "jakarta.ejb.Stateful");

  private static final Set<String> INJECTION =
      Set.of("jakarta.inject.Inject", "jakarta.ejb.EJB", "jakarta.annotation.Resource");

  /**
   * Platform types injected as themselves, not as a serializable proxy, whose implementation cannot
   * be serialized: Soteria's {@code SecurityContextImpl} is dependent and keeps its JACC resolvers
   * (not Serializable); Payara then leaves the whole view map attribute out of the copy.
   */
  private static final Set<String> NOT_COPIED_WHEN_INJECTED =
      Set.of("jakarta.security.enterprise.SecurityContext");

  private SessionState() {}

  /** The session-kept beans of {@code pkg} (e.g. {@code jp.zairyu.portal}). */
  public static List<Class<?>> beans(String pkg) {
    var beans = new ArrayList<Class<?>>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(pkg)) {
      if (c.getAnnotations().stream()
          .anyMatch(a -> SESSION_SCOPES.contains(a.getRawType().getName()))) {
        beans.add(c.reflect());
      }
    }
    return beans;
  }

  /** What would keep a session of these beans from being copied; empty if nothing. */
  public static List<String> problems(List<Class<?>> beans) {
    var problems = new ArrayList<String>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
            continue;
          }
          boolean injected =
              java.util.Arrays.stream(f.getAnnotations())
                  .anyMatch(a -> INJECTION.contains(a.annotationType().getName()));
          String where = bean.getName() + "." + f.getName();
          if (Modifier.isTransient(f.getModifiers())) {
            // a copy is deserialized, not injected again: the field would be null there
            if (injected) {
              problems.add(
                  where
                      + " is injected and transient: null in a session copied to another instance");
            }
            continue;
          }
          if (injected) {
            if (!injectedCopies(f.getType())) {
              problems.add(
                  where + " (" + f.getType().getName() + ", injected) cannot be serialized");
            }
          } else if (!copies(f.getType())) {
            problems.add(where + " (" + f.getType().getName() + ") cannot be serialized");
          } else {
            kept(f.getGenericType(), where, new java.util.HashSet<>(), problems);
          }
        }
      }
    }
    return problems;
  }

  /**
   * What a field keeps, as far as its declared type tells: the elements of its lists and maps and
   * the fields of the classes of ours it holds (records, rows, views), each of which must be
   * serializable too. Payara copies a session attribute whole or not at all: one row type that is
   * not {@link Serializable} in one view's bean leaves all the session's {@code @ViewScoped} beans
   * behind (Mojarra keeps them in one attribute, {@code activeViewMaps}; Payara only logs "Cannot
   * serialize session attribute").
   */
  private static void kept(
      java.lang.reflect.Type type, String where, Set<Class<?>> seen, List<String> problems) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      kept(p.getRawType(), where, seen, problems);
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        kept(argument, where, seen, problems);
      }
    } else if (type instanceof java.lang.reflect.WildcardType w) {
      for (java.lang.reflect.Type bound : w.getUpperBounds()) {
        kept(bound, where, seen, problems);
      }
    } else if (type instanceof java.lang.reflect.GenericArrayType a) {
      kept(a.getGenericComponentType(), where, seen, problems);
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        kept(c.getComponentType(), where, seen, problems);
        return;
      }
      if (!seen.add(c) || c.isPrimitive() || c.isEnum()) {
        return;
      }
      if (!copies(c)) {
        problems.add(where + " keeps " + c.getName() + ", which cannot be serialized");
        return;
      }
      if (!c.getName().startsWith("jp.zairyu.") || c.isInterface()) {
        return; // the platform's own serializable types; an interface tells nothing more
      }
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())
              && !Modifier.isTransient(f.getModifiers())
              && !f.isSynthetic()) {
            kept(f.getGenericType(), where + " → " + c.getSimpleName(), seen, problems);
          }
        }
      }
    }
  }

  private static boolean copies(Class<?> type) {
    if (type.isArray()) {
      return copies(type.getComponentType());
    }
    return type.isPrimitive()
        || Serializable.class.isAssignableFrom(type)
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  /**
   * An injected reference: an interface, a platform type or a normal-scoped bean or EJB is a
   * serializable proxy; a dependent class of ours is injected as itself.
   */
  private static boolean injectedCopies(Class<?> type) {
    if (NOT_COPIED_WHEN_INJECTED.contains(type.getName())) {
      return false;
    }
    if (type.isInterface() || !type.getName().startsWith("jp.zairyu.")) {
      return true;
    }
    boolean proxied =
        java.util.Arrays.stream(type.getAnnotations())
            .anyMatch(a -> NORMAL_SCOPES.contains(a.annotationType().getName()));
    return proxied || Serializable.class.isAssignableFrom(type);
  }

  /** Whether the deployment descriptor marks the WAR distributable. */
  public static boolean distributable(Path webXml) {
    try {
      return Files.readString(webXml).replaceAll("(?s)<!--.*?-->", "").contains("<distributable/>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
