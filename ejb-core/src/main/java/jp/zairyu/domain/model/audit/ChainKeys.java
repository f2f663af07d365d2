package jp.zairyu.domain.model.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the audit chain: the current one, with which new entries and the chain's head are
 * keyed, and the earlier ones, kept only to verify what they keyed.
 */
public final class ChainKeys {

  private final ChainKey current;
  private final Map<String, ChainKey> byId = new LinkedHashMap<>();

  public ChainKeys(ChainKey current, List<ChainKey> earlier) {
    this.current = current;
    byId.put(current.id(), current);
    earlier.forEach(key -> byId.putIfAbsent(key.id(), key));
  }

  public static ChainKeys of(ChainKey current) {
    return new ChainKeys(current, List.of());
  }

  public ChainKey current() {
    return current;
  }

  public Optional<ChainKey> find(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }
}
