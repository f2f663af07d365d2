package jp.zairyu.it.cluster;

import jp.zairyu.it.chaos.ThroughputRun;
import jp.zairyu.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Submission throughput through the cluster's load balancer (issue 18), measured as on one server
 * ({@link ThroughputRun}: the floor, submit → routed, processor per submission and process). A
 * benchmark, so only with {@code -Dcluster.throughput=true} ({@code bench/cluster-throughput.sh});
 * the report is kept in {@code target/throughput-cluster.txt}.
 */
@EnabledIf("wanted")
class ClusterThroughputIT {

  static boolean wanted() {
    return TestStack.INSTANCES >= 2 && Boolean.getBoolean("cluster.throughput");
  }

  @Test
  void submitToRoutedThroughTheLoadBalancer() throws Exception {
    ThroughputRun.measure(TestStack.running(), "-cluster");
  }
}
