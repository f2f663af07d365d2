package jp.zairyu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.LoginTickets;
import jp.zairyu.application.OfficerCredential;

/**
 * Validates the console's logins, and only those: Soteria in Payara consults one set of identity
 * stores for every web module of the EAR, so each store answers only for its own credential type
 * and leaves the other front end's logins alone ({@code NOT_VALIDATED}). The password, lockout and
 * second factor were checked by {@code AccountAuthentication}, which issued the ticket.
 */
@ApplicationScoped
public class OfficerIdentityStore implements IdentityStore {

  @Inject private LoginTickets tickets;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof OfficerCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return tickets
        .redeem(AccountAuthentication.CONSOLE, login.ticket())
        .map(t -> new CredentialValidationResult(t.caller(), t.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
