package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.Standing;

/**
 * The standing of agents and organisations' staff ({@link Practitioner#standing}): a lapsed one is
 * refused at login (and, by the aggregate, at submission), and every morning the lapses found since
 * the day before are told once: to the administrators of the practitioner's office, or to the
 * practitioner when there is no office. Every server of a cluster fires the job's timer, and the
 * first to claim the day's run ({@link ScheduledRuns}) does the work; a run beside it is safe too:
 * accounts are claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction, so
 * each lapse is mailed once per cluster. Drafts are never touched.
 */
@Stateless
@PermitAll
public class PractitionerStandings {

  private static final Logger LOG = Logger.getLogger(PractitionerStandings.class.getName());

  /** Its name in {@code scheduled_run}: one server of a cluster runs it each day. */
  public static final String JOB = "PractitionerStandings";

  private static final int BATCH = 500;

  @Inject private PractitionerRepository practitioners;
  @Inject private AccountNotices notices;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private ScheduledRuns runs;

  /** The login's answer when the practitioner's standing has lapsed (the password was right). */
  public Optional<LoginResult> loginRefusal(Practitioner p, Instant now) {
    Standing standing = p.standing(LocalDate.ofInstant(now, clock.getZone()));
    if (standing.good()) {
      return Optional.empty();
    }
    audit.record(p.authId(), "LOGIN_REFUSED_STANDING", "practitioner", standing.name());
    return Optional.of(LoginResult.of(LoginResult.Outcome.STANDING_LAPSED));
  }

  @Schedule(hour = "3", minute = "37", timezone = "Asia/Tokyo", persistent = false)
  public void daily() {
    Instant started = clock.instant();
    if (!runs.claim(JOB, LocalDate.ofInstant(started, clock.getZone()), started)) {
      LOG.info(() -> JOB + ": today's run is another server's");
      return;
    }
    int told = tellLapses();
    LOG.info(() -> "Practitioner standing: " + told + " lapses told");
  }

  /**
   * Tells every lapse not told yet and forgets the told lapses that were mended (so a later lapse
   * is told again); returns how many lapses were told.
   */
  public int tellLapses() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    for (Practitioner p : practitioners.claimRestored(today, BATCH)) {
      p.standingRestored();
    }
    List<Practitioner> lapsed = practitioners.claimLapsedUntold(today, BATCH);
    for (Practitioner p : lapsed) {
      Standing standing = p.standing(today);
      List<Practitioner> told =
          p.officeId()
              .map(
                  office ->
                      practitioners.members(office).stream()
                          .filter(Practitioner::officeAdministrator)
                          .filter(Practitioner::active)
                          .toList())
              .filter(admins -> !admins.isEmpty())
              .orElse(List.of(p));
      for (Practitioner recipient : told) {
        notices.send(
            AccountMail.Kind.STANDING_LAPSED,
            recipient.email(),
            recipient.fullName(),
            Map.of(
                "memberName", p.fullName(),
                "authId", p.authId(),
                "reasonJa", standing.ja(),
                "reasonEn", standing.en()));
      }
      p.standingNoticeSent(now);
      audit.record(
          "system",
          "STANDING_LAPSED",
          p.authId(),
          standing.name() + ", told " + told.size() + " recipient(s)");
    }
    return lapsed.size();
  }
}
