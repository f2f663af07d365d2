package jp.zairyu.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(SessionState.distributable(Path.of("src/main/webapp/WEB-INF/web.xml")));
  }

  @Test
  void everyBeanKeptInTheSessionCanBeCopiedToAnotherInstance() {
    var beans = SessionState.beans("jp.zairyu.console");
    assertFalse(beans.isEmpty());
    assertEquals(java.util.List.of(), SessionState.problems(beans));
  }
}
