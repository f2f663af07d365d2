package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the login tells the container, on a plain fake of Jakarta Security's message context. */
class FormLoginTest {

  private final List<String> told = new ArrayList<>();
  private final FormLogin login = new FormLogin() {};

  @Test
  void aValidLoginHandsTheContainerTheCallersNameAndGroupsNeverThePrincipalObject() {
    login.identityStores =
        credential ->
            new CredentialValidationResult(
                new CallerPrincipal("alice"), Set.of("EXAMINER", "SUPERVISOR"));

    AuthenticationStatus status =
        login.validateRequest(null, null, context(new UsernamePasswordCredential("alice", "pw")));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(told).containsExactly("name alice groups [EXAMINER, SUPERVISOR]");
  }

  @Test
  void aRefusedLoginIsAFailureAndTellsTheContainerNothing() {
    login.identityStores = credential -> CredentialValidationResult.INVALID_RESULT;

    AuthenticationStatus status =
        login.validateRequest(null, null, context(new UsernamePasswordCredential("alice", "no")));

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(told).isEmpty();
  }

  @Test
  void aRequestWithoutCredentialLeavesItToTheSessionAndTheLoginPage() {
    login.identityStores =
        credential -> {
          throw new AssertionError("no credential, no identity store");
        };

    AuthenticationStatus status = login.validateRequest(null, null, context(null));

    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(told).containsExactly("nothing");
  }

  private HttpMessageContext context(Credential credential) {
    return (HttpMessageContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpMessageContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAuthParameters" ->
                      AuthenticationParameters.withParams().credential(credential);
                  case "doNothing" -> {
                    told.add("nothing");
                    yield AuthenticationStatus.NOT_DONE;
                  }
                  case "notifyContainerAboutLogin" -> {
                    if (!(args[0] instanceof String name)) {
                      throw new AssertionError("told a " + method + ", not a name");
                    }
                    told.add("name " + name + " groups " + sorted(args[1]));
                    yield AuthenticationStatus.SUCCESS;
                  }
                  default -> throw new AssertionError("unexpected " + method);
                });
  }

  private static List<String> sorted(Object groups) {
    @SuppressWarnings("unchecked")
    List<String> list = new ArrayList<>((Set<String>) groups);
    list.sort(null);
    return list;
  }
}
