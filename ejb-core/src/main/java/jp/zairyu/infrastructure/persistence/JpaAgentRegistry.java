package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
  public Set<String> replaceAll(Collection<AgentRegistryEntry> entries) {
    Set<String> listed = new HashSet<>();
    entries.forEach(e -> listed.add(e.certificateNumber()));
    Set<String> removed = new TreeSet<>();
    for (String number :
        em.createQuery("select e.certificateNumber from AgentRegistryEntry e", String.class)
            .getResultList()) {
      if (!listed.contains(number)) {
        removed.add(number);
      }
    }
    List<String> gone = List.copyOf(removed);
    for (int i = 0; i < gone.size(); i += 1000) {
      em.createQuery("delete from AgentRegistryEntry e where e.certificateNumber in :numbers")
          .setParameter("numbers", gone.subList(i, Math.min(i + 1000, gone.size())))
          .executeUpdate();
    }
    entries.forEach(em::merge);
    em.flush();
    return removed;
  }

  @Override
  public long size() {
    return em.createQuery("select count(e) from AgentRegistryEntry e", Long.class)
        .getSingleResult();
  }
}
