package jp.zairyu.domain.model.account;

import java.time.Instant;
import java.util.Optional;

public interface AccountTokenRepository {

  void add(AccountToken token);

  /** The token with this secret for this purpose, locked for the rest of the transaction. */
  Optional<AccountToken> claim(String secret, AccountToken.Purpose purpose);

  /** The token with this secret for this purpose, without using it (to show a form). */
  Optional<AccountToken> peek(String secret, AccountToken.Purpose purpose);

  /** Removes tokens that expired before {@code before}; returns how many. */
  int removeExpired(Instant before);
}
