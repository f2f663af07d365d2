package jp.zairyu.domain.model.account;

import java.util.Optional;

public interface PractitionerRepository {

  Optional<Practitioner> find(long id);

  Optional<Practitioner> findByAuthId(String authId);
}
