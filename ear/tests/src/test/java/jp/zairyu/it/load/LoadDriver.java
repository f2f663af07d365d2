package jp.zairyu.it.load;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.infrastructure.messaging.OutboxBatch;
import jp.zairyu.infrastructure.messaging.OutboxRelay;
import jp.zairyu.it.support.Fixtures;

/**
 * Inside the server, for the load and chaos tests: a submission as {@code DraftingService.submit}
 * does it (receipt number from the counter, the state change and its one fact, {@code
 * ApplicationSubmitted}, written to the outbox in the same local transaction; the routing then asks
 * for the two receipt mails), without the portal's login and pages; and the floor, one insert and
 * one persistent send in one XA transaction. The draft is written already submitted (one insert):
 * in the portal it exists before its submission, which updates it once.
 */
@Stateless
public class LoadDriver {

  /** The practitioner the load submits for (created by {@link LoadServlet}). */
  public static final String AUTH_ID = "Z999999999";

  public static final String EMAIL = "load.test@example.jp";

  @Inject ApplicationRepository applications;
  @Inject PractitionerRepository practitioners;
  @Inject ApplicationEvents events;
  @Inject Clock clock;
  @EJB OutboxBatch relay;

  @Inject
  @JMSConnectionFactory("java:app/jms/zairyu")
  JMSContext jms;

  @Resource(lookup = "jdbc/zairyu")
  DataSource dataSource;

  /** One submission; returns {@code id receipt}. */
  public String submit(String name) {
    long practitioner = practitioners.findByAuthId(AUTH_ID).orElseThrow().id();
    Application application =
        Fixtures.extensionDraft(practitioner, Fixtures.applicantIn(prefecture(name), name));
    Instant now = clock.instant();
    ReceiptNumber receipt =
        applications.nextReceiptNumber(
            application
                .routing()
                .competentBureau(jp.zairyu.domain.model.bureau.BureauDirectory.standard())
                .code(),
            LocalDate.ofInstant(now, clock.getZone()).getYear());
    application.submit(receipt, now);
    applications.add(application);
    events.applicationSubmitted(application.id());
    return application.id() + " " + receipt.value();
  }

  /**
   * A submission relayed in its own transaction, whose commit ends the server between prepare and
   * commit (see {@link HaltOnCommit}): the submission's rows and the outbox relay's work on them
   * (the rows deleted, their messages sent, by {@link OutboxBatch} exactly as the relay runs it)
   * are one XA transaction, left prepared in PostgreSQL and Artemis for recovery to resolve.
   */
  public String submitRelayAndCrashWhileCommitting(String name) {
    // enlisted first, so that it is the first to be told to commit: the others stay prepared
    try {
      javax.naming.InitialContext naming = new javax.naming.InitialContext();
      var tm =
          (jakarta.transaction.TransactionManager)
              naming.lookup("java:appserver/TransactionManager");
      tm.getTransaction().enlistResource(new HaltOnCommit());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot enlist the halting resource", e);
    }
    String receipt = submit(name);
    try {
      if (relay.relay(OutboxRelay.BATCH_SIZE) < 1) {
        throw new IllegalStateException("The relay did not claim the submission's rows");
      }
    } catch (OutboxBatch.RelayFailed e) {
      throw new IllegalStateException(e);
    }
    return receipt;
  }

  /** The floor: one row inserted and one persistent message sent, in one XA transaction. */
  public void floor(String payload) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("insert into bench_floor (payload) values (?)")) {
      s.setString(1, payload);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    jms.createProducer().send(jms.createQueue("BenchFloor"), "{\"payload\":\"" + payload + "\"}");
  }

  private static String prefecture(String name) {
    return Math.floorMod(name.hashCode(), 2) == 0 ? "東京都" : "大阪府";
  }
}
