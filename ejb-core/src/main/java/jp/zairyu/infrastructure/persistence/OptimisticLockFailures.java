package jp.zairyu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jp.zairyu.application.ConcurrentChanges;

/**
 * The {@link ConcurrentChanges} port on EclipseLink: a flush fails with JPA's {@link
 * OptimisticLockException}; a commit at the end of a container transaction with EclipseLink's own
 * {@code org.eclipse.persistence.exceptions.OptimisticLockException}, inside the rollback.
 */
@ApplicationScoped
public class OptimisticLockFailures implements ConcurrentChanges {

  @Override
  public boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
