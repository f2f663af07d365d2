package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.zairyu.domain.model.account.Practitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each change that must end a practitioner's other sessions grows the credentials version their
 * sessions are checked against on every request; a stronger hash of the same password does not.
 */
class SessionEndingChangesTest {

  static final Instant NOW = DecisionTest.NOW;

  static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of(
            "password changed", (Consumer<Practitioner>) p -> p.changePassword("h2", NOW), true),
        Arguments.of("suspended", (Consumer<Practitioner>) Practitioner::suspend, true),
        Arguments.of("closed", (Consumer<Practitioner>) p -> p.close(NOW), true),
        Arguments.of(
            "second factor now required by the office",
            (Consumer<Practitioner>) Practitioner::secondFactorBecameRequired,
            true),
        Arguments.of(
            "password re-hashed at login",
            (Consumer<Practitioner>) p -> p.rehashPassword("h3"),
            false));
  }

  @ParameterizedTest(name = "{0}: other sessions end = {2}")
  @MethodSource("changes")
  void changesThatEndSessionsGrowTheCredentialsVersion(
      String what, Consumer<Practitioner> change, boolean ends) {
    Practitioner p = TestApplications.practitioner();
    int before = p.credentialsVersion();
    change.accept(p);
    assertThat(p.credentialsVersion() > before).isEqualTo(ends);
  }
}
