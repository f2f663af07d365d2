package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.UploadLimits;

/**
 * The draft storage one account may hold (our rule, configurable): at most {@code maxDrafts}
 * drafts, and their attachments together at most {@code maxAttachmentBytes} (by default 50 drafts ×
 * 25 MB). Beyond it a new draft or attachment is refused with a clear message; submitted
 * applications do not count.
 */
public record DraftAllowance(int maxDrafts, long maxAttachmentBytes) {

  public static final int DEFAULT_MAX_DRAFTS = 50;
  public static final long DEFAULT_MAX_ATTACHMENT_BYTES =
      DEFAULT_MAX_DRAFTS * UploadLimits.TOTAL_BYTES;

  public DraftAllowance {
    if (maxDrafts < 1 || maxAttachmentBytes < 1) {
      throw new IllegalArgumentException(
          "draft allowance " + maxDrafts + " drafts, " + maxAttachmentBytes + " bytes");
    }
  }

  /**
   * Refuses a new draft when the account holds as many as it may.
   *
   * @param drafts the drafts the account holds now
   */
  public void admitNewDraft(long drafts) {
    if (drafts >= maxDrafts) {
      throw new RuleViolation(
          "draft.too-many",
          "下書きは1つのアカウントにつき" + maxDrafts + "件までです（現在" + drafts + "件）。作成中の下書きを申請してから、新しい申請を作成してください。",
          "An account may hold at most "
              + maxDrafts
              + " drafts (this one holds "
              + drafts
              + "). Submit one of them before starting another.");
    }
  }

  /**
   * Refuses an attachment that would take the account's drafts beyond their total.
   *
   * @param usedBytes what the attachments of the account's drafts take now
   * @param fileBytes the new file
   */
  public void admitAttachment(long usedBytes, long fileBytes) {
    if (usedBytes + fileBytes > maxAttachmentBytes) {
      String left = UploadLimits.megabytes(Math.max(0, maxAttachmentBytes - usedBytes));
      String most = UploadLimits.megabytes(maxAttachmentBytes);
      throw new RuleViolation(
          "draft.storage-full",
          "下書きの添付ファイルは1つのアカウントにつき合計" + most + "までです（残り " + left + "）。下書きを申請するか、不要な添付ファイルを削除してください。",
          "The attachments of an account's drafts may total at most "
              + most
              + " ("
              + left
              + " left). Submit a draft or remove attachments you no longer need.");
    }
  }
}
