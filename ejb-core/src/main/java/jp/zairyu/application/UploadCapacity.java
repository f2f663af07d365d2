package jp.zairyu.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import jp.zairyu.domain.model.application.DraftAllowance;
import jp.zairyu.domain.model.attachment.DecodingPermits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What uploads and drafts may take of the server, from MicroProfile Config (issue 15): how many
 * face photos are decoded at once and how long an upload waits for its turn, and the draft storage
 * of one account.
 *
 * <ul>
 *   <li>{@code zairyu.uploads.photo-decoding.permits} (2): photos decoded at the same time on this
 *       server, each taking about 5 MB of heap (and native memory of the JPEG decoder);
 *   <li>{@code zairyu.uploads.photo-decoding.wait-seconds} (20): beyond it the upload is answered
 *       "busy, try again";
 *   <li>{@code zairyu.drafts.max-per-account} (50) and {@code
 *       zairyu.drafts.max-attachment-bytes-per-account} (50 × 25 MB).
 * </ul>
 */
@ApplicationScoped
public class UploadCapacity {

  @Inject
  @ConfigProperty(name = "zairyu.uploads.photo-decoding.permits", defaultValue = "2")
  int decodingPermits;

  @Inject
  @ConfigProperty(name = "zairyu.uploads.photo-decoding.wait-seconds", defaultValue = "20")
  int decodingWaitSeconds;

  @Inject
  @ConfigProperty(name = "zairyu.drafts.max-per-account", defaultValue = "50")
  int maxDrafts;

  @Inject
  @ConfigProperty(
      name = "zairyu.drafts.max-attachment-bytes-per-account",
      defaultValue = "1310720000")
  long maxDraftAttachmentBytes;

  private DecodingPermits permits;
  private DraftAllowance allowance;

  @PostConstruct
  void init() {
    permits =
        new DecodingPermits(
            Math.max(1, decodingPermits), Duration.ofSeconds(Math.max(0, decodingWaitSeconds)));
    allowance = new DraftAllowance(maxDrafts, maxDraftAttachmentBytes);
  }

  public DecodingPermits photoDecoding() {
    return permits;
  }

  public DraftAllowance draftAllowance() {
    return allowance;
  }
}
