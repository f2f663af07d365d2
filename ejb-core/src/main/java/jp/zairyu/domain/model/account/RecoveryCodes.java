package jp.zairyu.domain.model.account;

import java.time.Instant;
import java.util.List;

/** One-time recovery codes for a lost second factor, stored as SHA-256. */
public interface RecoveryCodes {

  /** Replaces a practitioner's codes with these (hashes). */
  void replace(long practitionerId, List<String> codeHashes);

  /** Uses up an unused code; returns whether there was one. */
  boolean use(long practitionerId, String codeHash, Instant now);

  long remaining(long practitionerId);
}
