package jp.zairyu.it.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the test classes of a run (junit-platform.properties): first every class on the
 * shared EAR of {@link DeployedEar} (deployed once for all of them), then the classes with an EAR
 * of their own settings (equal settings together), then those Arquillian deploys (in-container
 * tests), and last the chaos tests, which kill parts of the stack; within each group the order
 * failsafe gave. So each EAR is deployed as few times as possible.
 */
public final class DeploymentOrder implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt(DeploymentOrder::group)
                .thenComparing(DeploymentOrder::settings));
  }

  /** The settings of the class's own EAR, so classes of equal settings follow each other. */
  static String settings(ClassDescriptor descriptor) {
    DeployedEar ear = deployment(descriptor.getTestClass());
    return ear == null ? "" : ear.describe();
  }

  private static DeployedEar deployment(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && DeploymentSource.class.isAssignableFrom(field.getType())) {
        try {
          field.setAccessible(true);
          Object value = field.get(null);
          if (value != null) {
            return ((DeploymentSource) value).deployment();
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  static int group(ClassDescriptor descriptor) {
    Class<?> type = descriptor.getTestClass();
    if (type.getPackageName().endsWith(".chaos")) {
      return 3; // they kill parts of the stack: nothing runs after them
    }
    if (Arrays.stream(type.getDeclaredMethods())
        .anyMatch(m -> m.isAnnotationPresent(Deployment.class))) {
      return 2;
    }
    DeployedEar ear = deployment(type);
    if (ear != null && !ear.shared()) {
      return 1;
    }
    return 0;
  }
}
