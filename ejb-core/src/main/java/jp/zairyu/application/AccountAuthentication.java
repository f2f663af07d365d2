package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.PractitionerRepository;

/**
 * Checks passwords for the two front ends' identity stores. Unknown accounts cost the same work as
 * wrong passwords, so response times do not reveal which accounts exist.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

  /** A hash of a random password, verified when the account does not exist. */
  private static final String DECOY_HASH =
      "PBKDF2WithHmacSHA256:210000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:"
          + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @Inject private PractitionerRepository practitioners;
  @Inject private OfficerRepository officers;
  @Inject private Pbkdf2PasswordHash hash;

  /** The groups of a practitioner whose 認証ID and password match, or empty. */
  public Optional<Set<String>> practitioner(String authId, char[] password) {
    var account = practitioners.findByAuthId(authId);
    boolean valid = hash.verify(password, account.map(p -> p.passwordHash()).orElse(DECOY_HASH));
    return account.filter(a -> valid).map(a -> Set.of(Roles.PRACTITIONER));
  }

  /** The groups (the officer's role) of an officer whose login and password match, or empty. */
  public Optional<Set<String>> officer(String loginId, char[] password) {
    var account = officers.findByLoginId(loginId);
    boolean valid = hash.verify(password, account.map(o -> o.passwordHash()).orElse(DECOY_HASH));
    return account.filter(a -> valid).map(a -> Set.of(a.role().name()));
  }
}
