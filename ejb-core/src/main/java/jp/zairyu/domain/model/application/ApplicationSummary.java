package jp.zairyu.domain.model.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the practitioner's list (申請情報検索): what the list shows of an application, read as
 * columns rather than as the whole aggregate (a page of the list never loads applicants, filings or
 * attachments it does not show).
 *
 * @param receiptNumber null for a draft
 * @param applicantName null while the draft has none
 */
public record ApplicationSummary(
    Long id,
    String receiptNumber,
    String procedureCode,
    String applicantName,
    ApplicationState state,
    Instant updatedAt)
    implements Serializable {

  /** The line of an application already read whole. */
  public static ApplicationSummary of(Application a) {
    return new ApplicationSummary(
        a.id(),
        a.receiptNumber().map(Object::toString).orElse(null),
        a.procedure().code(),
        a.form().applicant().fullName(),
        a.state(),
        a.updatedAt());
  }

  public Procedure procedure() {
    return Procedure.byCode(procedureCode)
        .orElseThrow(() -> new IllegalStateException("Unknown procedure " + procedureCode));
  }

  public Optional<String> receipt() {
    return Optional.ofNullable(receiptNumber);
  }

  public Optional<String> applicant() {
    return Optional.ofNullable(applicantName);
  }
}
