package jp.zairyu.domain.model.account;

import java.util.Optional;

public interface OfficerRepository {

  Optional<Officer> find(long id);

  Optional<Officer> findByLoginId(String loginId);
}
