package jp.zairyu.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.WorkQueue;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import org.eclipse.persistence.queries.FetchGroupTracker;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JPA adapters on the real PostgreSQL schema that Flyway migrated. */
@ExtendWith(ArquillianExtension.class)
class ApplicationRepositoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(ApplicationRepositoryIT.class);
  }

  @Inject ApplicationRepository applications;
  @Inject PractitionerRepository practitioners;
  @Resource UserTransaction tx;

  private long lawyer() {
    return practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
  }

  @Test
  void aDraftIsStoredAndReadBackWithAllItsFields() throws Exception {
    String name = Fixtures.uniqueName("STORE");
    tx.begin();
    Application draft = Fixtures.extensionDraft(lawyer(), Fixtures.applicantIn("北海道", name));
    applications.add(draft);
    tx.commit();

    Application read = applications.find(draft.id()).orElseThrow();
    assertThat(read.state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(read.form().applicant().fullName()).isEqualTo(name);
    assertThat(read.form().applicant().prefecture()).isEqualTo("北海道");
    assertThat(read.form().applicant().residenceCardNumber())
        .map(Object::toString)
        .contains("AB12345678CD");
    assertThat(read.createdAt()).isNotNull();
    assertThat(read.procedure().code()).isEqualTo("EXTENSION");
  }

  @Test
  void whatIsReadForReadingOnlyIsNeverWritten() throws Exception {
    String name = Fixtures.uniqueName("READ");
    tx.begin();
    Application draft = Fixtures.extensionDraft(lawyer(), Fixtures.applicantIn("北海道", name));
    applications.add(draft);
    tx.commit();

    tx.begin();
    Application copy = applications.read(draft.id()).orElseThrow();
    assertThat(copy.form().applicant().fullName()).isEqualTo(name);
    copy.reassignTo(copy.practitionerId() + 1, Instant.now());
    tx.commit();

    assertThat(applications.find(draft.id()).orElseThrow().practitionerId()).isEqualTo(lawyer());
    assertThat(applications.read(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void routingReadsWhatItNeedsAndKeepsTheRestOfTheForm() throws Exception {
    String name = Fixtures.uniqueName("ROUTE");
    tx.begin();
    Application draft = Fixtures.extensionDraft(lawyer(), Fixtures.applicantIn("宮城県", name));
    applications.add(draft);
    draft.submit(applications.nextReceiptNumber("SENDAI", 2026), Instant.now());
    tx.commit();

    tx.begin();
    Application toRoute = applications.findForRouting(draft.id()).orElseThrow();
    FetchGroupTracker woven = (FetchGroupTracker) toRoute;
    assertThat(woven._persistence_isAttributeFetched("state")).isTrue();
    assertThat(woven._persistence_isAttributeFetched("withdrawalReason")).isFalse();
    assertThat(
            toRoute.routeTo(
                toRoute.routing().competentBureau(BureauDirectory.standard()), Instant.now()))
        .isTrue();
    tx.commit();

    Application routed = applications.find(draft.id()).orElseThrow();
    assertThat(routed.routing().bureauCode()).contains("SENDAI");
    assertThat(routed.form().applicant().fullName()).isEqualTo(name);
    assertThat(routed.form().applicant().residenceCardNumber())
        .map(Object::toString)
        .contains("AB12345678CD");
    assertThat(routed.receiptNumber()).isPresent();
    assertThat(routed.procedure().code()).isEqualTo("EXTENSION");
  }

  @Test
  void receiptNumbersAreNeverIssuedTwice() throws Exception {
    Set<ReceiptNumber> issued = new HashSet<>();
    tx.begin();
    for (int i = 0; i < 50; i++) {
      issued.add(applications.nextReceiptNumber("TOKYO", 2026));
    }
    tx.rollback();
    tx.begin();
    for (int i = 0; i < 50; i++) {
      issued.add(applications.nextReceiptNumber("TOKYO", 2026));
    }
    tx.commit();

    assertThat(issued).hasSize(100);
  }

  @Test
  void eachBureauCountsItsOwnYear() {
    ReceiptNumber tokyo = applications.nextReceiptNumber("TOKYO", 2031);
    ReceiptNumber osaka = applications.nextReceiptNumber("OSAKA", 2031);
    ReceiptNumber tokyoAgain = applications.nextReceiptNumber("TOKYO", 2031);
    ReceiptNumber tokyoNextYear = applications.nextReceiptNumber("TOKYO", 2032);

    assertThat(tokyo.value()).startsWith("TOKYO-2031-");
    assertThat(osaka.value()).startsWith("OSAKA-2031-");
    assertThat(serial(tokyoAgain)).isEqualTo(serial(tokyo) + 1);
    assertThat(serial(tokyoNextYear)).isLessThanOrEqualTo(serial(tokyo));
  }

  private static long serial(ReceiptNumber receipt) {
    return Long.parseLong(receipt.value().substring(receipt.value().lastIndexOf('-') + 1));
  }

  @Test
  void theIntakeQueueHoldsOnlyRoutedSubmissionsOfTheBureauOldestFirst() throws Exception {
    String marker = Fixtures.uniqueName("INTAKE");
    tx.begin();
    long lawyer = lawyer();
    Application first = Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("宮城県", marker + " A"));
    Application second =
        Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("福島県", marker + " B"));
    Application draftOnly =
        Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("青森県", marker + " C"));
    for (Application a : List.of(first, second, draftOnly)) {
      applications.add(a);
    }
    for (Application a : List.of(first, second)) {
      a.submit(
          applications.nextReceiptNumber(
              a.routing().competentBureau(BureauDirectory.standard()).code(), 2026),
          Instant.now());
      a.routeTo(a.routing().competentBureau(BureauDirectory.standard()), Instant.now());
    }
    tx.commit();

    List<String> sendai =
        applications.intakeOf("SENDAI", 10_000).stream()
            .map(a -> a.form().applicant().fullName())
            .filter(n -> n.startsWith(marker))
            .toList();
    assertThat(sendai).containsExactly(marker + " A", marker + " B");
    assertThat(applications.intakeOf("TOKYO", 10_000))
        .noneMatch(a -> a.form().applicant().fullName().startsWith(marker));
    assertThat(applications.ownedBy(lawyer, 10_000))
        .extracting(a -> a.form().applicant().fullName())
        .contains(marker + " C");
  }

  @Test
  void aQueueIsReadPageByPageInEveryOrderWithoutLosingOrRepeatingACase() throws Exception {
    String series =
        "Q"
            + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                .toUpperCase()
                .replaceAll("[0-9]", "X");
    List<Long> ids = new java.util.ArrayList<>();
    tx.begin();
    long lawyer = lawyer();
    Instant base = Instant.parse("2026-01-05T00:00:00Z");
    for (int i = 0; i < 7; i++) {
      Application a = Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("佐賀県", series + i));
      applications.add(a);
      // Two share a submission time: the id breaks the tie.
      a.submit(ReceiptNumber.of(series, 2026, 7 - i), base.plusSeconds(i == 4 ? 3 : i));
      a.routeTo(a.routing().competentBureau(BureauDirectory.standard()), Instant.now());
      ids.add(a.id());
    }
    tx.commit();

    for (WorkQueue.Sort sort : WorkQueue.Sort.values()) {
      List<Long> seen = new java.util.ArrayList<>();
      WorkQueue query =
          new WorkQueue(
              "FUKUOKA", WorkQueue.Queue.INTAKE, null, "EXTENSION", null, series, sort, null, 3);
      for (int pages = 0; query != null && pages < 10; pages++) {
        List<Application> page = applications.queue(query, 4);
        List<Application> shown = page.subList(0, Math.min(3, page.size()));
        shown.forEach(a -> seen.add(a.id()));
        query = page.size() > 3 ? query.after(shown.get(shown.size() - 1)) : null;
      }
      assertThat(seen)
          .as(sort.name())
          .hasSize(7)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(ids);
      if (sort == WorkQueue.Sort.RECEIPT) {
        List<Long> byReceipt = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(byReceipt); // serials were given in reverse
        assertThat(seen).as("by receipt").containsExactlyElementsOf(byReceipt);
      }
      if (sort == WorkQueue.Sort.NEWEST) {
        assertThat(seen.get(0)).as("newest first").isEqualTo(ids.get(6));
      }
    }
    assertThat(
            applications.queue(
                new WorkQueue(
                    "TOKYO", WorkQueue.Queue.INTAKE, null, null, null, series, null, null, 10),
                11))
        .as("another bureau's queue")
        .isEmpty();
  }
}
