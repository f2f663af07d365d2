package jp.zairyu.application;

import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.DocumentRequest;

/** The mails the system sends about an application. */
public enum NotificationKind {
  /** Submission accepted, with the receipt number (受付番号). */
  RECEIVED,
  /** The bureau approved the application (許可). */
  APPROVED,
  /** To the foreign national: their application was filed, with the receipt number. */
  APPLICANT_RECEIVED,
  /** To the foreign national: the decision. */
  APPLICANT_APPROVED,
  /** The examiner asks for additional documents (追完); one mail per request. */
  DOCUMENTS_REQUESTED,
  /** The bureau denied the application (不許可; 不交付 for a COE), with the reasons. */
  DENIED,
  /** To the foreign national: the denial, with the reasons. */
  APPLICANT_DENIED,
  /** The result was issued and mailed back (完了), with the new card's number and tracking. */
  ISSUED,
  /** To the foreign national: the result was mailed back. */
  APPLICANT_ISSUED,
  /** The result received at the window was handed over (完了), with the new card's number. */
  HANDED_OVER,
  /** To the foreign national: the result was handed over at the window. */
  APPLICANT_HANDED_OVER,
  /** The deadline of the open request for additional documents is near; one per request. */
  DOCUMENTS_DUE_SOON;

  /** Whether every request for documents gets a mail of this kind of its own (追完, reminder). */
  public boolean perDocumentRequest() {
    return this == DOCUMENTS_REQUESTED || this == DOCUMENTS_DUE_SOON;
  }

  /**
   * What identifies this notification of the application, so it is sent once: the kind, and for a
   * {@linkplain #perDocumentRequest() per-request} kind the round of that request (1 for the first,
   * counted oldest first; requests are only ever added, so a request keeps its round).
   *
   * @param request the request the mail is about, for a per-request kind (else ignored)
   */
  public String key(Application application, DocumentRequest request) {
    if (!perDocumentRequest()) {
      return name();
    }
    int round = application.documentRequests().all().indexOf(request) + 1;
    if (round == 0) {
      throw new IllegalArgumentException(
          "Request " + (request == null ? null : request.id()) + " is not one of " + application);
    }
    return name() + "-" + round;
  }

  /** Whether the mail goes to the foreign national (their own address) rather than the agent. */
  public boolean toApplicant() {
    return this == APPLICANT_RECEIVED
        || this == APPLICANT_APPROVED
        || this == APPLICANT_DENIED
        || this == APPLICANT_ISSUED
        || this == APPLICANT_HANDED_OVER;
  }
}
