package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.zairyu.domain.model.account.PractitionerIdentity;
import jp.zairyu.domain.model.account.PractitionerRepository;

/**
 * The logged-in practitioner's id and kind of user, by 認証ID, read from the database once per server
 * instead of once per request (the list page, 申請情報検索, asks on every request). Both are fixed at
 * registration, so a value once read stays true on every server of a cluster and needs no
 * invalidation; anything that can change (status, password, office) is still read from the account
 * itself. Bounded: past {@link #CAPACITY} 認証IDs the map is emptied and fills again.
 */
@ApplicationScoped
public class CallerIdentities {

  static final int CAPACITY = 10_000;

  private final Map<String, PractitionerIdentity> known = new ConcurrentHashMap<>();

  @Inject private PractitionerRepository practitioners;

  protected CallerIdentities() {}

  CallerIdentities(PractitionerRepository practitioners) {
    this.practitioners = practitioners;
  }

  /** The practitioner with this 認証ID; refuses an ID without an account. */
  PractitionerIdentity of(String authId) {
    PractitionerIdentity identity = known.get(authId);
    if (identity == null) {
      identity =
          practitioners
              .identityOf(authId)
              .orElseThrow(() -> new IllegalStateException("No practitioner for caller " + authId));
      if (known.size() >= CAPACITY) {
        known.clear();
      }
      known.put(authId, identity);
    }
    return identity;
  }
}
