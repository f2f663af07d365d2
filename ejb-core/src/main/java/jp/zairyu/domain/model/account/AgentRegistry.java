package jp.zairyu.domain.model.account;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The registry of authorised agents (申請等取次者) that lawyers' registrations are checked against. */
public interface AgentRegistry {

  Optional<AgentRegistryEntry> find(String certificateNumber);

  /**
   * Makes these entries the whole registry: adds or replaces them by certificate number and removes
   * every entry they do not list. Returns the certificate numbers removed.
   */
  Set<String> replaceAll(Collection<AgentRegistryEntry> entries);

  long size();
}
