package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerIdentity;
import jp.zairyu.domain.model.account.PractitionerRepository;
import org.junit.jupiter.api.Test;

class CallerIdentitiesTest {

  /**
   * Answers identityOf for "Z" followed by digits (the id is the number), and records each read.
   */
  static final class Accounts implements PractitionerRepository {
    final List<String> reads = new ArrayList<>();

    @Override
    public Optional<PractitionerIdentity> identityOf(String authId) {
      reads.add(authId);
      return authId.matches("Z\\d+")
          ? Optional.of(new PractitionerIdentity(Long.parseLong(authId.substring(1)), "LAWYER"))
          : Optional.empty();
    }

    @Override
    public Optional<Practitioner> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Practitioner> findByAuthId(String authId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean sessionStillValid(String authId, int credentialsVersion) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Practitioner practitioner) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String nextAuthId() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean emailInUse(String email) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean certificateInUse(String certificateNumber) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> members(long officeId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> claimForExpiryReminder(
        Instant changedBefore, int remindersSent, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> holdingCertificates(java.util.Collection<String> numbers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> outOfStepWithRegistry() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> claimLapsedUntold(java.time.LocalDate today, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Practitioner> claimRestored(java.time.LocalDate today, int limit) {
      throw new UnsupportedOperationException();
    }
  }

  private final Accounts accounts = new Accounts();
  private final CallerIdentities identities = new CallerIdentities(accounts);

  @Test
  void readsEachCallerOnce() {
    assertThat(identities.of("Z000000007")).isEqualTo(new PractitionerIdentity(7, "LAWYER"));
    assertThat(identities.of("Z000000007")).isEqualTo(new PractitionerIdentity(7, "LAWYER"));
    assertThat(identities.of("Z000000008").id()).isEqualTo(8);
    assertThat(accounts.reads).containsExactly("Z000000007", "Z000000008");
  }

  @Test
  void refusesACallerWithoutAnAccountAndDoesNotRememberTheRefusal() {
    assertThatThrownBy(() -> identities.of("nobody")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> identities.of("nobody")).isInstanceOf(IllegalStateException.class);
    assertThat(accounts.reads).containsExactly("nobody", "nobody");
  }

  @Test
  void startsAgainPastItsCapacity() {
    for (int i = 0; i < CallerIdentities.CAPACITY; i++) {
      identities.of("Z" + i);
    }
    identities.of("Z0");
    assertThat(accounts.reads).hasSize(CallerIdentities.CAPACITY);
    identities.of("Z" + CallerIdentities.CAPACITY); // the map is full: it is emptied first
    identities.of("Z0");
    assertThat(accounts.reads).hasSize(CallerIdentities.CAPACITY + 2).endsWith("Z0");
  }
}
