package jp.zairyu.web.messages;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;

/**
 * Two officers acting on the same record at the same moment: the later commit fails on the record's
 * version (optimistic locking) and reaches the page as a system exception of the EJB.
 */
public final class Conflicts {

  private Conflicts() {}

  /** Whether the failure was a concurrent change of the same record. */
  public static boolean isConcurrentChange(EJBException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Shows the conflict as a clear message, or rethrows anything else (the error page handles it).
   */
  public static void show(EJBException failure) {
    if (!isConcurrentChange(failure)) {
      throw failure;
    }
    Messages.error(
        "他の職員が同時に同じ内容を変更したため、保存できませんでした。最新の内容を確認してから、もう一度操作してください。",
        "Someone else changed the same record at the same moment, so nothing was saved. Check the"
            + " current details, then try again.");
  }
}
