package jp.zairyu.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface OfficerRepository {

  Optional<Officer> find(long id);

  Optional<Officer> findByLoginId(String loginId);

  /**
   * Whether the officer is active and still at {@code credentialsVersion}: one indexed read, made
   * on every request of the console, without loading the entity.
   */
  boolean sessionStillValid(String loginId, int credentialsVersion);

  List<Officer> all();

  void add(Officer officer);
}
