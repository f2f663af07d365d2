package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountTokenRepository;
import jp.zairyu.domain.model.account.LoginAttempts;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;

/**
 * Daily account housekeeping: password-expiry reminders 30 and 7 days ahead, expiry of approved
 * registrations whose password link was not used in time, and removal of expired links, old
 * failed-login records and old request counts of {@link ClientThrottle}. Every server of a cluster
 * fires its timer, and the first to claim the day's run ({@link ScheduledRuns}) does the work (once
 * per cluster); a run beside it (by hand, or after a takeover) is safe as well: reminder rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction, so each reminder
 * is sent once per cluster.
 */
@Stateless
@PermitAll
public class AccountMaintenance {

  private static final Logger LOG = Logger.getLogger(AccountMaintenance.class.getName());

  /** Its name in {@code scheduled_run}: one server of a cluster runs it each day. */
  public static final String JOB = "AccountMaintenance";

  private static final int BATCH = 500;

  @Inject private PractitionerRepository practitioners;
  @Inject private AccountTokenRepository tokens;
  @Inject private LoginAttempts attempts;
  @Inject private RequestCounter requestCounts;
  @Inject private AccountNotices notices;
  @Inject private RegistrationService registrations;
  @Inject private Clock clock;
  @Inject private ScheduledRuns runs;

  @Schedule(hour = "3", minute = "17", timezone = "Asia/Tokyo", persistent = false)
  public void daily() {
    Instant started = clock.instant();
    if (!runs.claim(JOB, LocalDate.ofInstant(started, clock.getZone()), started)) {
      LOG.info(() -> JOB + ": today's run is another server's");
      return;
    }
    int reminders = sendExpiryReminders();
    int expiredRegistrations = registrations.expireUnfinished();
    Instant now = clock.instant();
    int removedTokens = tokens.removeExpired(now.minus(Duration.ofDays(7)));
    int removedAttempts = attempts.removeOlderThan(now.minus(Duration.ofDays(1)));
    requestCounts.removeOlderThan(now.minus(Duration.ofDays(1)));
    LOG.info(
        () ->
            "Account housekeeping: "
                + reminders
                + " reminders, "
                + expiredRegistrations
                + " unfinished registrations expired, "
                + removedTokens
                + " expired links and "
                + removedAttempts
                + " failed-login records removed");
  }

  /** Sends due reminders (first 30 days, then 7 days before expiry); returns how many. */
  public int sendExpiryReminders() {
    Instant now = clock.instant();
    int sent = 0;
    sent += remind(1, 30, now);
    sent += remind(2, 7, now);
    return sent;
  }

  private int remind(int number, int daysAhead, Instant now) {
    Instant changedBefore = now.minus(PasswordPolicy.VALIDITY).plus(Duration.ofDays(daysAhead));
    List<Practitioner> due = practitioners.claimForExpiryReminder(changedBefore, number, BATCH);
    int sent = 0;
    for (Practitioner p : due) {
      if (p.passwordExpired(now)) {
        p.expiryReminderSent(2);
        continue;
      }
      if (number == 1 && p.passwordExpiresAt().isBefore(now.plus(Duration.ofDays(7)))) {
        continue; // already inside the last week: the second reminder alone goes out
      }
      long secondsLeft = Duration.between(now, p.passwordExpiresAt()).toSeconds();
      long daysLeft = (secondsLeft + 86_399) / 86_400; // a part of a day counts as a day
      notices.send(
          AccountMail.Kind.PASSWORD_EXPIRY_REMINDER,
          p.email(),
          p.fullName(),
          Map.of(
              "authId", p.authId(),
              "passwordExpiresAt", Formats.date(p.passwordExpiresAt()),
              "daysLeft", Long.toString(Math.max(daysLeft, 0)),
              "securityUrl", notices.portalUrl("/account/security.xhtml")));
      p.expiryReminderSent(number);
      sent++;
    }
    return sent;
  }
}
