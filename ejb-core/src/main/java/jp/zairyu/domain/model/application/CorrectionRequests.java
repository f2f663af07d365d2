package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;

/**
 * The correction requests (訂正の申出) of one application, oldest first, with their rules: what a
 * request says, how many may wait at once, and their acknowledgement by an officer. The rows are
 * the aggregate's ({@code correction_request}). A practitioner sends one and an officer
 * acknowledges it here ({@code application.corrections().request(…)}); each asks the {@link
 * Application} first whether its transition table allows it now or whether the officer may act on
 * the case, and stamps its {@code updatedAt}.
 */
public final class CorrectionRequests {

  /** Open correction requests an application may have at once: the bureau reads them first. */
  public static final int MAX_OPEN = 5;

  static final int MAX_ITEM = 100;
  static final int MAX_TEXT = 2000;

  private final Application application;
  private final List<CorrectionRequest> requests;

  CorrectionRequests(Application application, List<CorrectionRequest> requests) {
    this.application = application;
    this.requests = requests;
  }

  /** Every correction request, oldest first. */
  public List<CorrectionRequest> all() {
    return Collections.unmodifiableList(requests);
  }

  /** Correction requests no officer has acknowledged yet. */
  public long open() {
    return requests.stream().filter(CorrectionRequest::open).count();
  }

  /**
   * The practitioner asks the bureau to correct the submitted application (訂正の申出) before the
   * decision: which item is wrong (at most 100 characters) and what it should say, with its reason.
   * The submitted content is not changed — it is what the bureau received; the examiner reads the
   * request with the case.
   *
   * @param practitioner the practitioner sending it (the application's author)
   */
  public CorrectionRequest request(long practitioner, String item, String correction, Instant now) {
    if (!application.allows(ApplicationAction.REQUEST_CORRECTION)) {
      ApplicationState state = application.state();
      throw new RuleViolation(
          "application.state.correction",
          "申請の状態が「" + state.labelJa() + "」のため、訂正の申出はできません（審査の結果が出る前に限ります）。",
          "A correction can be requested only before the decision; this application is '"
              + state.labelEn()
              + "'.");
    }
    CorrectionRequest request = add(practitioner, item, correction, now);
    application.touch(now);
    return request;
  }

  /**
   * An officer of the competent bureau has read a correction request and taken it into account.
   *
   * @return false if it was acknowledged already (a second officer, or a repeated click)
   */
  public boolean acknowledge(long requestId, Officer officer, Instant now) {
    application.requireCompetent(officer);
    boolean acknowledged = acknowledge(requestId, officer.id(), now);
    if (acknowledged) {
      application.touch(now);
    }
    return acknowledged;
  }

  /** Adds a request: the item (at most 100 characters) and the correction with its reason. */
  private CorrectionRequest add(long practitioner, String item, String correction, Instant now) {
    String what = text(item, MAX_ITEM, "訂正する項目", "The item to correct");
    String how = text(correction, MAX_TEXT, "訂正の内容と理由", "The correction and its reason");
    if (open() >= MAX_OPEN) {
      throw new RuleViolation(
          "application.correction.too-many",
          "確認待ちの訂正の申出が" + MAX_OPEN + "件あります。審査官が確認するまでお待ちください。",
          "There are already "
              + MAX_OPEN
              + " correction requests waiting for the examiner; wait until they are read.");
    }
    CorrectionRequest request = new CorrectionRequest(application, practitioner, what, how, now);
    requests.add(request);
    return request;
  }

  /**
   * An officer has read the request.
   *
   * @return false if it was acknowledged already (a second officer, or a repeated click)
   */
  private boolean acknowledge(long requestId, long officerId, Instant now) {
    CorrectionRequest request =
        requests.stream()
            .filter(r -> Objects.equals(r.id(), requestId))
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "application.correction.unknown",
                        "指定された訂正の申出はこの申請にありません。",
                        "There is no such correction request on this application."));
    if (!request.open()) {
      return false;
    }
    request.acknowledge(officerId, now);
    return true;
  }

  private static String text(String value, int max, String labelJa, String labelEn) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max) {
      throw new RuleViolation(
          "application.correction.text",
          labelJa + "を" + max + "文字以内で入力してください。",
          labelEn + " is required (at most " + max + " characters).");
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new RuleViolation(
          "application.correction.control-characters",
          labelJa + "に使用できない文字が含まれています。",
          labelEn + " contains characters that are not allowed.");
    }
    return v;
  }
}
