package jp.zairyu.it.chaos;

import jp.zairyu.it.load.LoadDriver;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End-to-end submission throughput on one server against its floor ({@link ThroughputRun}); {@code
 * bench/throughput.sh} runs it with more submissions.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionThroughputIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(LoadDriver.class);
  }

  @Test
  void submitToRoutedAgainstTheFloor() throws Exception {
    ThroughputRun.measure(TestStack.running(), "");
  }
}
