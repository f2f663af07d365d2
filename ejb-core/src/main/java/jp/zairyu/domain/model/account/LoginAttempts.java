package jp.zairyu.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed logins by realm and name. */
public interface LoginAttempts {

  Optional<LoginAttempt> find(String realm, String loginName);

  /** The record for this name, created if there is none, locked for the transaction. */
  LoginAttempt lockOrCreate(String realm, String loginName, Instant now);

  /**
   * {@link LoginAttempt#charge} under the name, committed at once in a transaction of its own (so
   * that parallel attempts see it while their passwords are checked).
   */
  LoginAttempt.Charge charge(
      String realm, String loginName, Instant now, int maxFailures, Duration lockFor);

  void clear(String realm, String loginName);

  int removeOlderThan(Instant before);
}
