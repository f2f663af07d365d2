package jp.zairyu.domain.model.account;

import java.util.Optional;

public interface AccountMailRepository {

  void add(AccountMail mail);

  /** The mail, locked so that two deliveries of its message never both send it. */
  Optional<AccountMail> claim(long id);
}
