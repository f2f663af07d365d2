package jp.zairyu.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface RegistrationRepository {

  void add(Registration registration);

  Optional<Registration> find(long id);

  /** Registrations waiting for an officer, oldest first. */
  List<Registration> inReview(int limit);

  /** Whether a registration still open (in review or approved) uses this mail address. */
  boolean openWithEmail(String email);

  /** Whether a registration still open (in review or approved) uses this certificate number. */
  boolean openWithCertificate(String certificateNumber);
}
