package jp.zairyu.domain.model.account;

import java.time.Instant;
import java.util.Optional;

/** Failed logins by realm and name. */
public interface LoginAttempts {

  Optional<LoginAttempt> find(String realm, String loginName);

  /** The record for this name, created if there is none, locked for the transaction. */
  LoginAttempt lockOrCreate(String realm, String loginName, Instant now);

  void clear(String realm, String loginName);

  int removeOlderThan(Instant before);
}
