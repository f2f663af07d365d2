package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/**
 * Where a submitted application is examined and by whom, read as {@code application.routing()}: the
 * bureau competent for the applicant's address, the bureau it was routed to and when, and the
 * examiner who has the case. The values are the aggregate's columns ({@code bureau_code}, {@code
 * routed_at}, {@code examiner_id}); the {@link Application} changes them in its transitions ({@code
 * routeTo}, {@code startExamination}, {@code assignTo}).
 */
public final class Routing {

  // Each answer reads its own column when asked: routing loads an application with a fetch group
  // (JpaApplicationRepository.findForRouting), where a column left out would load the rest.
  private final Application application;

  Routing(Application application) {
    this.application = application;
  }

  /** The bureau it was routed to (empty until it is). */
  public Optional<String> bureauCode() {
    return Optional.ofNullable(application.routedBureau());
  }

  /** The examiner who has the case (empty until one takes it or is assigned). */
  public Optional<Long> examinerId() {
    return Optional.ofNullable(application.examiner());
  }

  /** When it was routed (empty until it is). */
  public Optional<Instant> routedAt() {
    return Optional.ofNullable(application.routedAt());
  }

  /** The bureau competent for the applicant's address, decided once after submission. */
  public Bureau competentBureau(BureauDirectory bureaus) {
    String prefecture = application.form().applicant().prefecture();
    return bureaus
        .competentFor(prefecture)
        .orElseThrow(() -> new IllegalStateException("No bureau serves " + prefecture));
  }

  /**
   * Whether it was already routed to this bureau (a repeated routing changes nothing); refused when
   * it was routed to another one.
   */
  boolean alreadyRoutedTo(Bureau bureau) {
    String bureauCode = application.routedBureau();
    if (bureauCode == null) {
      return false;
    }
    if (bureauCode.equals(bureau.code())) {
      return true;
    }
    throw new RuleViolation(
        "application.already-routed",
        "この申請は既に" + bureauCode + "に振り分けられています。",
        "This application has already been routed to " + bureauCode + ".");
  }
}
