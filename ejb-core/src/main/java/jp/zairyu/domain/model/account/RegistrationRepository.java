package jp.zairyu.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface RegistrationRepository {

  void add(Registration registration);

  Optional<Registration> find(long id);

  /** Registrations waiting for an officer, oldest first. */
  List<Registration> inReview(int limit);

  /**
   * Supersedes ({@link Registration#supersede}) every registration still open (in review or
   * approved) other than {@code except} that uses this mail address (without case) or this
   * certificate number (if not null), and writes the change at once, so that the approval that
   * follows holds the address and number alone. Returns how many were superseded.
   */
  int supersedeOpen(String email, String certificateNumber, Long except, java.time.Instant now);

  /** The other registrations still open with this mail address or certificate number. */
  List<Registration> openSharing(String email, String certificateNumber, long except);

  /**
   * Approved registrations decided before {@code decidedBefore} (their password link has expired),
   * locked so that a second server skips them.
   */
  List<Registration> claimApprovedBefore(java.time.Instant decidedBefore, int limit);
}
