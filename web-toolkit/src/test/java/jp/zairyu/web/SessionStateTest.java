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

  @Test
  void aBeanOfSerializableFieldsPasses() {
    assertThat(SessionState.problems(List.of(GoodPage.class))).isEmpty();
  }

  @Test
  void aFieldThatCannotBeCopiedIsNamed() {
    assertThat(SessionState.problems(List.of(BadPage.class, NotSerializablePage.class)))
        .containsExactlyInAnyOrder(
            BadPage.class.getName() + ".maybe (java.util.Optional) cannot be serialized",
            BadPage.class.getName() + ".worker (java.lang.Thread) cannot be serialized",
            NotSerializablePage.class.getName() + " is not Serializable");
  }

  @Test
  void theToolkitsOwnSessionBeansPass() {
    assertThat(SessionState.problems(SessionState.beans("jp.zairyu.web"))).isEmpty();
  }
}
