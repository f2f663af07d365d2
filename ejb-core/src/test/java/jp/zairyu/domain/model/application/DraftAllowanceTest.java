package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

/** Draft storage per account (issue 15): 50 drafts × 25 MB by default, configurable. */
class DraftAllowanceTest {

  private static final long MB = 1024 * 1024;

  @Test
  void theDefaultIsFiftyDraftsOfTwentyFiveMegabytes() {
    assertThat(DraftAllowance.DEFAULT_MAX_DRAFTS).isEqualTo(50);
    assertThat(DraftAllowance.DEFAULT_MAX_ATTACHMENT_BYTES).isEqualTo(50 * 25 * MB);
  }

  @Test
  void theFiftyFirstDraftIsRefusedWithAClearMessage() {
    DraftAllowance allowance =
        new DraftAllowance(
            DraftAllowance.DEFAULT_MAX_DRAFTS, DraftAllowance.DEFAULT_MAX_ATTACHMENT_BYTES);
    assertThatCode(() -> allowance.admitNewDraft(49)).doesNotThrowAnyException();
    assertThatThrownBy(() -> allowance.admitNewDraft(50))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("draft.too-many");
              assertThat(v.messageJa()).contains("50件まで");
              assertThat(v.messageEn()).contains("at most 50 drafts");
            });
  }

  @Test
  void attachmentsBeyondTheAccountsTotalAreRefused() {
    DraftAllowance allowance = new DraftAllowance(3, 30 * MB);
    assertThatCode(() -> allowance.admitAttachment(20 * MB, 10 * MB)).doesNotThrowAnyException();
    assertThatThrownBy(() -> allowance.admitAttachment(20 * MB, 10 * MB + 1))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("draft.storage-full");
              assertThat(v.messageJa()).contains("30 MB").contains("残り 10 MB");
              assertThat(v.messageEn()).contains("at most 30 MB").contains("10 MB left");
            });
  }

  @Test
  void theLimitsAreConfigurable() {
    DraftAllowance two = new DraftAllowance(2, MB);
    assertThatThrownBy(() -> two.admitNewDraft(2)).hasMessageContaining("2件まで");
    assertThatThrownBy(() -> new DraftAllowance(0, MB))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
