package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.OptionalLong;
import jp.zairyu.domain.model.RuleViolation;

/**
 * An account's authenticator app (TOTP, RFC 6238): the shared secret once enrolment was confirmed
 * by a first code, and the last time step accepted, so that a code never works twice.
 */
@Embeddable
public class SecondFactor {

  @Column(name = "totp_secret")
  private String secret;

  @Column(name = "totp_enabled_at")
  private Instant enabledAt;

  @Column(name = "totp_last_step")
  private Long lastStep;

  public boolean enabled() {
    return enabledAt != null && secret != null;
  }

  /** Checks a one-time code and remembers its time step: a code used once is refused after. */
  public boolean accept(String code, Instant now) {
    if (!enabled()) {
      return false;
    }
    OptionalLong step = Totp.verify(secret, code, now, lastStep);
    step.ifPresent(s -> lastStep = s);
    return step.isPresent();
  }

  /** Turns the factor on once the user proved that the app shows the right codes. */
  public void enable(String newSecret, String code, Instant now) {
    OptionalLong step = Totp.verify(newSecret, code, now, null);
    if (step.isEmpty()) {
      throw new RuleViolation(
          "totp.wrong-code",
          "確認コードが正しくありません。アプリに表示されている6桁の数字を入力してください。",
          "The code is not correct. Enter the 6 digits your authenticator app shows.");
    }
    this.secret = newSecret;
    this.lastStep = step.getAsLong();
    this.enabledAt = now;
  }

  public void disable() {
    this.secret = null;
    this.lastStep = null;
    this.enabledAt = null;
  }
}
