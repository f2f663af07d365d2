package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import jp.zairyu.domain.model.account.AgentRegistry;
import jp.zairyu.domain.model.account.AgentRegistryEntry;

@Stateless
@Local(AgentRegistry.class)
public class JpaAgentRegistry implements AgentRegistry {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<AgentRegistryEntry> find(String certificateNumber) {
    return Optional.ofNullable(em.find(AgentRegistryEntry.class, certificateNumber));
  }

  @Override
  public void put(Collection<AgentRegistryEntry> entries) {
    entries.forEach(em::merge);
  }

  @Override
  public long size() {
    return em.createQuery("select count(e) from AgentRegistryEntry e", Long.class)
        .getSingleResult();
  }
}
