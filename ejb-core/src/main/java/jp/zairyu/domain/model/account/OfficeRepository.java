package jp.zairyu.domain.model.account;

import java.util.Optional;

public interface OfficeRepository {

  void add(Office office);

  Optional<Office> find(long id);
}
