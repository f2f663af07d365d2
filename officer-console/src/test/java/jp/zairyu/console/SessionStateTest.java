package jp.zairyu.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.zairyu.web.SessionState;
import org.junit.jupiter.api.Test;

/**
 * A cluster can copy this front end's sessions to another instance (issue 18): the WAR is
 * distributable and every bean kept in the session is serializable, field by field.
 */
class SessionStateTest {

  @Test
  void theWarIsDistributable() {
    assertThat(SessionState.distributable(Path.of("src/main/webapp/WEB-INF/web.xml"))).isTrue();
  }

  @Test
  void everyBeanKeptInTheSessionCanBeCopiedToAnotherInstance() {
    var beans = SessionState.beans("jp.zairyu.console");
    assertThat(beans).isNotEmpty();
    assertThat(SessionState.problems(beans)).isEmpty();
  }
}
