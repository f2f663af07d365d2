package jp.zairyu.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

class OptimisticLockFailuresTest {

  private final OptimisticLockFailures failures = new OptimisticLockFailures();

  @Test
  void aFlushThatLostTheRaceIsAConcurrentChange() {
    assertThat(failures.causedBy(new EJBException(new OptimisticLockException("stale")))).isTrue();
  }

  @Test
  void aCommitThatLostTheRaceIsOneToo() {
    RollbackException rollback = new RollbackException("rolled back");
    rollback.initCause(new EclipseLinkLockFailure());
    assertThat(failures.causedBy(new EJBException(rollback))).isTrue();
  }

  @Test
  void anyOtherFailureIsNot() {
    assertThat(failures.causedBy(new EJBException(new IllegalStateException("broken")))).isFalse();
    assertThat(failures.causedBy(new EJBException())).isFalse();
  }

  @Test
  void aClassNamedLikeItIsNotEnough() {
    assertThat(failures.causedBy(new EJBException(new OptimisticLockExceptionLookalike())))
        .isFalse();
  }

  /** EclipseLink's own exception, as its commit throws it. */
  private static final class EclipseLinkLockFailure
      extends org.eclipse.persistence.exceptions.OptimisticLockException {
    private static final long serialVersionUID = 1L;

    EclipseLinkLockFailure() {
      super("The object was changed since it was read.");
    }
  }

  private static final class OptimisticLockExceptionLookalike extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
