package jp.zairyu.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.infrastructure.security.ConfiguredKeys;
import jp.zairyu.infrastructure.security.SecretCipher;

/**
 * At application start: refuses to start without the keys ({@link ConfiguredKeys}; the deployment
 * fails naming the missing setting, rather than every later login or audited action failing), keys
 * the audit chain if it is not yet ({@link AuditTrail#seal()}), and encrypts the TOTP secrets still
 * stored in clear or under an earlier key (rotation: configure the new key, keep the old one in
 * {@value ConfiguredKeys#TOTP_EARLIER_KEYS} until a start has re-encrypted everything).
 */
@Startup
@Singleton
public class KeysAtStartup {

  private static final Logger LOG = Logger.getLogger(KeysAtStartup.class.getName());

  @Inject private ConfiguredKeys keys;
  @Inject private AuditTrail audit;

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @PostConstruct
  void start() {
    keys.audit();
    SecretCipher cipher = keys.totp();
    audit.seal();
    int sealed = sealTotpSecrets();
    if (sealed > 0) {
      LOG.info(
          () ->
              sealed
                  + " TOTP secrets encrypted under key "
                  + cipher.currentKeyId()
                  + " (stored in clear or under an earlier key)");
    }
  }

  /**
   * Encrypts under the current key every TOTP secret (practitioners' and officers') that is not
   * yet; returns how many.
   */
  public int sealTotpSecrets() {
    return sealTotpSecrets("practitioner") + sealTotpSecrets("officer");
  }

  private int sealTotpSecrets(String table) {
    SecretCipher cipher = keys.totp();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, totp_secret from "
                    + table
                    + " where totp_secret is not null and totp_secret not like ?1")
            .setParameter(1, SecretCipher.PREFIX + cipher.currentKeyId() + ":%")
            .getResultList();
    int sealed = 0;
    for (Object[] row : rows) {
      String stored = (String) row[1];
      // compare and set: another server starting at the same time may have sealed it already
      sealed +=
          em.createNativeQuery(
                  "update " + table + " set totp_secret = ?1 where id = ?2 and totp_secret = ?3")
              .setParameter(1, cipher.seal(cipher.open(stored)))
              .setParameter(2, ((Number) row[0]).longValue())
              .setParameter(3, stored)
              .executeUpdate();
    }
    return sealed;
  }
}
