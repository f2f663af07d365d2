package jp.zairyu.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jp.zairyu.application.AccountAuthentication;

/**
 * Validates the practitioners' logins, and only those: Soteria in Payara consults one set of
 * identity stores for every web module of the EAR, so each store answers only for its own
 * credential type and leaves the other front end's logins alone ({@code NOT_VALIDATED}).
 */
@ApplicationScoped
public class PractitionerIdentityStore implements IdentityStore {

  @EJB private AccountAuthentication accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof PractitionerCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .practitioner(login.getCaller(), login.getPassword().getValue())
        .map(groups -> new CredentialValidationResult(login.getCaller(), groups))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
