package jp.zairyu.application;

/** The mails the system sends about an application. */
public enum NotificationKind {
  /** Submission accepted, with the receipt number (受付番号). */
  RECEIVED,
  /** The bureau approved the application (許可). */
  APPROVED
}
