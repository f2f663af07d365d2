package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkQueueTest {

  @Test
  void defaultsAreTheIntakeQueueWaitingLongestFirst() {
    WorkQueue q = new WorkQueue("TOKYO", null, null, " ", null, "", null, null, 0);
    assertThat(q.queue()).isEqualTo(WorkQueue.Queue.INTAKE);
    assertThat(q.sort()).isEqualTo(WorkQueue.Sort.WAITING_LONGEST);
    assertThat(q.pageSize()).isEqualTo(1);
    assertThat(q.procedure()).isNull();
    assertThat(q.receiptPrefix()).isNull();
    assertThat(new WorkQueue("TOKYO", null, null, null, null, null, null, null, 5000).pageSize())
        .isEqualTo(100);
  }

  @ParameterizedTest(name = "receipt prefix \"{0}\" becomes \"{1}\"")
  @CsvSource({"tokyo-2026, TOKYO-2026", "' TOKYO ', TOKYO"})
  void receiptPrefixesAreNormalised(String given, String expected) {
    assertThat(
            new WorkQueue("TOKYO", null, null, null, null, given, null, null, 20).receiptPrefix())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "receipt prefix \"{0}\" matches nothing")
  @ValueSource(strings = {"%", "a_b", "東京", "TOKYO\\", "'", "<img src=x>"})
  void wildcardsAndOtherCharactersMatchNothing(String given) {
    assertThat(
            new WorkQueue("TOKYO", null, null, null, null, given, null, null, 20).receiptPrefix())
        .isEqualTo(WorkQueue.MATCHES_NOTHING)
        .doesNotContain("\u0000");
  }

  @Test
  void codesAreUpperCaseOrMatchNothing() {
    WorkQueue q = new WorkQueue("TOKYO", null, null, "change", "student'--", null, null, null, 20);
    assertThat(q.procedure()).isEqualTo("CHANGE");
    assertThat(q.status()).isEqualTo(WorkQueue.MATCHES_NOTHING);
  }

  @Test
  void anExaminersOwnQueueNeedsTheExaminer() {
    assertThatThrownBy(
            () ->
                new WorkQueue(
                    "TOKYO", WorkQueue.Queue.MINE, null, null, null, null, null, null, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
