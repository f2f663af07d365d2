package jp.zairyu.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.time.Instant;
import javax.naming.InitialContext;
import jp.zairyu.application.ConcurrentChanges;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.maintenance.MaintenanceWindow;
import jp.zairyu.domain.model.maintenance.MaintenanceWindowRepository;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two transactions change one record at the same moment (optimistic locking): the later commit
 * fails, and the application's {@link ConcurrentChanges} port — what the console's pages ask, by
 * way of {@code Conflicts} — recognises that failure as it comes out of Payara and EclipseLink, by
 * type, with no class name matched.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentChangesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(ConcurrentChangesIT.class);
  }

  @Inject ConcurrentChanges concurrentChanges;
  @Inject MaintenanceWindowRepository windows;
  @Inject OfficerRepository officers;

  @Test
  void theLaterOfTwoCommitsOnOneRecordIsAConcurrentChange() throws Exception {
    TransactionManager tm =
        (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
    // a window far ahead, which nobody is shown; the race below deletes it
    Instant start = Instant.now().plus(Duration.ofDays(365 * 50));
    tm.begin();
    MaintenanceWindow window =
        MaintenanceWindow.schedule(
            start,
            start.plus(Duration.ofHours(1)),
            "競合の確認",
            "Conflict check",
            officers.findByLoginId(Fixtures.TOKYO_ADMIN).orElseThrow().id(),
            Instant.now());
    windows.add(window);
    long id = window.id();
    tm.commit();

    tm.begin();
    windows.remove(windows.find(id).orElseThrow());
    Transaction first = tm.suspend();
    tm.begin();
    windows.remove(windows.find(id).orElseThrow());
    tm.commit(); // the second one wins
    tm.resume(first);
    Throwable lost = catchThrowable(tm::commit);

    assertThat(lost).isNotNull();
    assertThat(concurrentChanges.causedBy(new EJBException((Exception) lost))).isTrue();
    assertThat(concurrentChanges.causedBy(new EJBException(new IllegalStateException()))).isFalse();
  }
}
