package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One authorised agent of the registry (申請等取次者名簿) ops import: the certificate number, the holder's
 * name, the certificate's expiry and the mail address of record (as the unit association holds it).
 * A registration is confirmed by the registry only when it names this mailbox: the certificate's
 * number, name and expiry are printed on it and shown to clients, so they prove nothing.
 */
@Entity
@Table(name = "agent_registry")
public class AgentRegistryEntry {

  @Id
  @Column(name = "certificate_number")
  private String certificateNumber;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "expiry_date", nullable = false)
  private LocalDate expiryDate;

  @Column(name = "unit_association")
  private String unitAssociation;

  @Column(name = "email")
  private String email;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected AgentRegistryEntry() {}

  public AgentRegistryEntry(
      String certificateNumber,
      String fullName,
      LocalDate expiryDate,
      String unitAssociation,
      String email,
      Instant importedAt) {
    this.certificateNumber = certificateNumber;
    this.fullName = fullName;
    this.expiryDate = expiryDate;
    this.unitAssociation = unitAssociation;
    this.email = email;
    this.importedAt = importedAt;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public String fullName() {
    return fullName;
  }

  public LocalDate expiryDate() {
    return expiryDate;
  }

  public String unitAssociation() {
    return unitAssociation;
  }

  /** The agent's mail address of record, or null when the registry has none. */
  public String email() {
    return email;
  }

  /**
   * Why a registration does not match this entry, or null when it does: the name (ignoring blanks
   * and width) and the expiry date must be the registry's, the certificate must not have expired,
   * and the mail address must be the registry's mailbox ({@link Registrant#sameMailbox}: domain
   * without case, local part exactly).
   */
  public RegistryMismatch compare(Registrant registrant, LocalDate today) {
    if (!sameName(fullName, registrant.fullName())) {
      return RegistryMismatch.NAME;
    }
    if (!expiryDate.equals(registrant.certificateExpiry())) {
      return RegistryMismatch.EXPIRY;
    }
    if (expiryDate.isBefore(today)) {
      return RegistryMismatch.EXPIRED;
    }
    if (email == null) {
      return RegistryMismatch.NO_EMAIL;
    }
    if (!Registrant.sameMailbox(email, registrant.email())) {
      return RegistryMismatch.EMAIL;
    }
    return null;
  }

  static boolean sameName(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  private static String canonical(String name) {
    return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u3000]", "");
  }
}
