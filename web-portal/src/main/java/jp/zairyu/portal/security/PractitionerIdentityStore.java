package jp.zairyu.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jp.zairyu.application.AccountAuthentication;

/** The portal's only identity store: practitioners, never officers. */
@ApplicationScoped
public class PractitionerIdentityStore implements IdentityStore {

  @EJB private AccountAuthentication accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .practitioner(login.getCaller(), login.getPassword().getValue())
        .map(groups -> new CredentialValidationResult(login.getCaller(), groups))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
