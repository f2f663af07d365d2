package jp.zairyu.application;

import jp.zairyu.domain.model.application.Application;

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
  /** The deadline of the open request for additional documents is near; one per request. */
  DOCUMENTS_DUE_SOON;

  /**
   * What identifies this notification of the application, so it is sent once: the kind, and for a
   * request for documents and its reminder the number of the request (every round is a mail of its
   * own).
   */
  public String key(Application application) {
    if (this == DOCUMENTS_REQUESTED || this == DOCUMENTS_DUE_SOON) {
      return name() + "-" + application.documentRequests().size();
    }
    return name();
  }

  /** Whether the mail goes to the foreign national (their own address) rather than the agent. */
  public boolean toApplicant() {
    return this == APPLICANT_RECEIVED
        || this == APPLICANT_APPROVED
        || this == APPLICANT_DENIED
        || this == APPLICANT_ISSUED;
  }
}
