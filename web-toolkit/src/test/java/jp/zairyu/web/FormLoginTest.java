package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.junit.jupiter.api.Test;

/** What the login tells the container, on plain fakes of Jakarta Security's message context. */
class FormLoginTest {

  private final List<String> told = new ArrayList<>();
  private final Map<String, Object> messageInfoMap = new HashMap<>();
  private final Map<String, Object> sessionAttributes = new HashMap<>();
  private final FormLogin login = new FormLogin() {};

  @Test
  void aValidLoginHandsTheContainerTheCallersNameAndGroupsNeverThePrincipalObject()
      throws AuthenticationException {
    login.identityStores =
        credential ->
            new CredentialValidationResult(
                new CallerPrincipal("alice"), Set.of("EXAMINER", "SUPERVISOR"));

    AuthenticationStatus status =
        login.validateRequest(
            request(null), null, context(new UsernamePasswordCredential("alice", "pw")));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    assertThat(told).containsExactly("name alice groups [EXAMINER, SUPERVISOR]");
    // the session keeps the groups for a later request on another instance
    assertThat(sessionAttributes.get(FormLogin.LOGIN))
        .isInstanceOfSatisfying(
            FormLogin.Login.class,
            kept -> {
              assertThat(kept.name()).isEqualTo("alice");
              assertThat(kept.groups()).containsExactlyInAnyOrder("EXAMINER", "SUPERVISOR");
            });
  }

  @Test
  void aRefusedLoginIsAFailureAndTellsTheContainerNothing() throws AuthenticationException {
    login.identityStores = credential -> CredentialValidationResult.INVALID_RESULT;

    AuthenticationStatus status =
        login.validateRequest(
            request(null), null, context(new UsernamePasswordCredential("alice", "no")));

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    assertThat(told).isEmpty();
    assertThat(sessionAttributes).isEmpty();
  }

  @Test
  void aRequestWithoutCredentialNorSessionLeavesItToTheLoginPage() throws AuthenticationException {
    login.identityStores = noIdentityStore();

    AuthenticationStatus status = login.validateRequest(request(null), null, context(null));

    assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
    assertThat(told).containsExactly("nothing");
  }

  @Test
  void aLoggedInSessionHandsBackItsOwnPrincipalWithTheGroupsItKept() throws Exception {
    Principal sessions = () -> "alice";
    sessionAttributes.put(FormLogin.LOGIN, new FormLogin.Login("alice", List.of("EXAMINER")));

    Object status =
        new LoginGroupsInterceptor().validateRequest(invocation(request(sessions), context(null)));

    assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
    // the very object (Payara reuses the session's WebPrincipal only for it), and the groups
    assertThat(told).containsExactly("principal alice same=true", "groups [EXAMINER]");
    assertThat(principalsHandedBack).containsExactly(sessions);
  }

  @Test
  void groupsKeptForAnotherCallerAreNeverHandedBack() throws Exception {
    sessionAttributes.put(FormLogin.LOGIN, new FormLogin.Login("bob", List.of("ADMIN")));

    new LoginGroupsInterceptor().validateRequest(invocation(request(() -> "alice"), context(null)));

    assertThat(told).containsExactly("principal alice same=true", "groups []");
  }

  @Test
  void withoutASessionsPrincipalTheMechanismDecides() throws Exception {
    Object status =
        new LoginGroupsInterceptor().validateRequest(invocation(request(null), context(null)));

    assertThat(status).isEqualTo("proceeded");
    assertThat(told).isEmpty();
  }

  private jakarta.interceptor.InvocationContext invocation(
      HttpServletRequest request, HttpMessageContext context) throws NoSuchMethodException {
    var method =
        FormLogin.class.getMethod(
            "validateRequest",
            HttpServletRequest.class,
            jakarta.servlet.http.HttpServletResponse.class,
            HttpMessageContext.class);
    messageRequest = request;
    return (jakarta.interceptor.InvocationContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {jakarta.interceptor.InvocationContext.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getParameters" -> new Object[] {request, null, context};
                  case "proceed" -> "proceeded";
                  default -> throw new AssertionError("unexpected " + m);
                });
  }

  private HttpServletRequest messageRequest;

  @Test
  void whatTheSessionKeepsIsCopiedWhole() throws IOException, ClassNotFoundException {
    var kept = new FormLogin.Login("alice", new ArrayList<>(List.of("EXAMINER")));
    var out = new ByteArrayOutputStream();
    try (var objects = new ObjectOutputStream(out)) {
      objects.writeObject(kept);
    }
    try (var objects = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(objects.readObject()).isEqualTo(kept);
    }
  }

  private final List<Principal> principalsHandedBack = new ArrayList<>();
  private Principal requestPrincipal;

  private static jakarta.security.enterprise.identitystore.IdentityStoreHandler noIdentityStore() {
    return credential -> {
      throw new AssertionError("no credential, no identity store");
    };
  }

  private HttpServletRequest request(Principal principal) {
    requestPrincipal = principal;
    HttpSession session =
        (HttpSession)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getAttribute" -> sessionAttributes.get((String) args[0]);
                      case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                      default -> throw new AssertionError("unexpected " + method);
                    });
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getUserPrincipal" -> principal;
                  case "getSession" -> session;
                  default -> throw new AssertionError("unexpected " + method);
                });
  }

  private HttpMessageContext context(Credential credential) {
    Subject client = new Subject();
    CallbackHandler handler =
        callbacks -> {
          for (Callback callback : callbacks) {
            if (callback instanceof CallerPrincipalCallback c) {
              assertThat(c.getSubject()).isSameAs(client);
              principalsHandedBack.add(c.getPrincipal());
              told.add(
                  "principal "
                      + c.getPrincipal().getName()
                      + " same="
                      + (c.getPrincipal() == requestPrincipal));
            } else if (callback instanceof GroupPrincipalCallback g) {
              assertThat(g.getSubject()).isSameAs(client);
              told.add("groups " + Arrays.toString(g.getGroups()));
            } else {
              throw new AssertionError("unexpected " + callback);
            }
          }
        };
    MessageInfo messageInfo =
        (MessageInfo)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {MessageInfo.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMap" -> messageInfoMap;
                      default -> throw new AssertionError("unexpected " + method);
                    });
    return (HttpMessageContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpMessageContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAuthParameters" ->
                      AuthenticationParameters.withParams().credential(credential);
                  case "getHandler" -> handler;
                  case "getClientSubject" -> client;
                  case "getMessageInfo" -> messageInfo;
                  case "getRequest" -> messageRequest;
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
