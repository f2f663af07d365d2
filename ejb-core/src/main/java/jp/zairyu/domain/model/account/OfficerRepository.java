package jp.zairyu.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface OfficerRepository {

  Optional<Officer> find(long id);

  Optional<Officer> findByLoginId(String loginId);

  List<Officer> all();

  void add(Officer officer);
}
