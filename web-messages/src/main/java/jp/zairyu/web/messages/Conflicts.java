package jp.zairyu.web.messages;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jp.zairyu.application.ConcurrentChanges;

/**
 * Two officers acting on the same record at the same moment: the later commit fails on the record's
 * version (optimistic locking) and reaches the page as a system exception of the EJB. Whether it
 * was one is the application's {@link ConcurrentChanges} port's answer; no page looks at exception
 * names.
 */
public final class Conflicts {

  private Conflicts() {}

  /** Whether the failure was a concurrent change of the same record. */
  public static boolean isConcurrentChange(EJBException failure) {
    return CDI.current().select(ConcurrentChanges.class).get().causedBy(failure);
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
