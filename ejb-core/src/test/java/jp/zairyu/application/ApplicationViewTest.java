package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Caller;
import org.junit.jupiter.api.Test;

/**
 * The views the services answer to pages (issue 17): read from the aggregate as it is, and kept by
 * a view-scoped page, so copied whole when a cluster replicates the session.
 */
class ApplicationViewTest {

  private static Application draft() {
    Application a = ApplicationSheetTest.complete("EXTENSION", "ENGINEER_HUMANITIES", null);
    try {
      Field id = Application.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(a, 42L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return a;
  }

  @Test
  void theApplicationPagesViewSaysWhatTheAggregateSays() {
    Application a = draft();
    Caller author = Caller.practitioner(7L);
    ApplicationView view = ApplicationView.of(a, author, ApplicationSheetTest.TODAY);

    assertThat(view.id()).isEqualTo(42L);
    assertThat(view.version()).isEqualTo(a.version());
    assertThat(view.state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(view.receiptNumber()).isNull();
    assertThat(view.words().procedureJa()).isEqualTo(a.procedure().nameJa());
    assertThat(view.words().stateEn()).isEqualTo(a.wording().stateEn());
    assertThat(view.actions()).isEqualTo(a.actionsFor(author));
    assertThat(view.filed().missingFields()).isEqualTo(a.completeness().missingFields());
    assertThat(view.filed().feeOnlineYen()).isEqualTo(a.filing().feeOnlineYen());
    assertThat(view.sections()).isEqualTo(ApplicationSheet.of(a));
    assertThat(view.resultReceipt()).isEqualTo(ApplicationSheet.resultReceipt(a));
    assertThat(view.applicant().fullName()).isEqualTo("NGUYEN VAN AN");
    assertThat(view.receiving().feeYen()).isEqualTo(a.receiving().feeYen());
    assertThat(view.issuance().issuedAt()).isNull();
    assertThat(view.documentRequests()).isEmpty();
    assertThat(view.openRequest()).isNull();
    assertThat(view.pendingDenial()).isNull();
  }

  @Test
  void aPageKeepsTheViewAcrossACopyOfTheSession() throws Exception {
    ApplicationView view =
        ApplicationView.of(draft(), Caller.practitioner(7L), ApplicationSheetTest.TODAY);
    assertThat(copied(view)).isEqualTo(view);
  }

  @Test
  void theWizardLoadsTheDraftAsStored() {
    Application a = draft();
    StoredDraft stored = StoredDraft.of(a, ApplicationSheetTest.TODAY);

    assertThat(stored.draft()).isTrue();
    assertThat(stored.id()).isEqualTo(42L);
    assertThat(stored.procedureCode()).isEqualTo("EXTENSION");
    assertThat(stored.applicant()).isEqualTo(ApplicantDetails.of(a.form().applicant()));
    assertThat(stored.form().passportNumber()).isEqualTo(a.form().passport().number());
    assertThat(stored.form().family()).hasSameSizeAs(a.form().family());
    assertThat(stored.form().sponsor()).isEqualTo(FormDetails.Sponsor.of(a.form().sponsor()));
    assertThat(stored.currentStatus()).isEqualTo(a.form().currentStatus().orElse(null));
    assertThat(stored.wizardStep()).isEqualTo(a.form().wizardStep());
    assertThat(stored.missingFields()).isEqualTo(a.completeness().missingFields());
  }

  private static Object copied(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
