package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check each WAR's {@code SessionStateTest} runs finds what would break a copied session. */
class SessionStateTest {

  @ViewScoped
  static class GoodPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private String typed;
    private List<String> rows;
    private long[] ids;
    private transient Thread notCopied;
    @Inject private SessionCheck ours; // a class of ours, checked as a type (a Serializable filter)
  }

  @ViewScoped
  static class BadPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private Optional<String> maybe = Optional.empty();
    private Thread worker;
  }

  @ViewScoped
  static class NotSerializablePage {}

  @ViewScoped
  static class LoginLikePage implements Serializable {
    private static final long serialVersionUID = 1L;
    @Inject private jakarta.security.enterprise.SecurityContext security;

    @Inject
    private jakarta.enterprise.inject.Instance<jakarta.security.enterprise.SecurityContext>
        lookedUp;
  }

  /** A row a page keeps in a list: not Serializable. */
  record Row(String label) {}

  /** A serializable view of ours that holds such rows. */
  static class Rows implements Serializable {
    private static final long serialVersionUID = 1L;
    private java.util.Map<String, List<Row>> byKey;
  }

  @ViewScoped
  static class RowsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private List<Row> rows;
    private Rows grouped;
  }

  @ViewScoped
  static class TransientServicePage implements Serializable {
    private static final long serialVersionUID = 1L;
    @Inject private transient SessionCheck lost;
  }

  @Test
  void aBeanOfSerializableFieldsPasses() {
    assertThat(SessionState.problems(List.of(GoodPage.class))).isEmpty();
  }

  @Test
  void aFieldThatCannotBeCopiedIsNamed() {
    assertThat(
            SessionState.problems(
                List.of(
                    BadPage.class,
                    NotSerializablePage.class,
                    TransientServicePage.class,
                    LoginLikePage.class)))
        .containsExactlyInAnyOrder(
            LoginLikePage.class.getName()
                + ".security (jakarta.security.enterprise.SecurityContext, injected) cannot be serialized",
            TransientServicePage.class.getName()
                + ".lost is injected and transient: null in a session copied to another instance",
            BadPage.class.getName() + ".maybe (java.util.Optional) cannot be serialized",
            BadPage.class.getName() + ".worker (java.lang.Thread) cannot be serialized",
            NotSerializablePage.class.getName() + " is not Serializable");
  }

  @Test
  void whatAListOrAClassOfOursKeepsIsCheckedToo() {
    assertThat(SessionState.problems(List.of(RowsPage.class)))
        .containsExactlyInAnyOrder(
            RowsPage.class.getName()
                + ".rows keeps "
                + Row.class.getName()
                + ", which cannot be serialized",
            RowsPage.class.getName()
                + ".grouped → Rows keeps "
                + Row.class.getName()
                + ", which cannot be serialized");
  }

  @Test
  void theToolkitsOwnSessionBeansPass() {
    assertThat(SessionState.problems(SessionState.beans("jp.zairyu.web"))).isEmpty();
  }
}
