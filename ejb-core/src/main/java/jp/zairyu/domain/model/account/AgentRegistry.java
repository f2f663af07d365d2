package jp.zairyu.domain.model.account;

import java.util.Collection;
import java.util.Optional;

/** The registry of authorised agents (申請等取次者) that lawyers' registrations are checked against. */
public interface AgentRegistry {

  Optional<AgentRegistryEntry> find(String certificateNumber);

  /** Adds or replaces entries by certificate number. */
  void put(Collection<AgentRegistryEntry> entries);

  long size();
}
