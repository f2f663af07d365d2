package jp.zairyu.domain.model.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A mail about an account, recorded in the transaction that causes it and sent afterwards by the
 * notification consumer, once. A link carrying a token is kept only until the mail has gone.
 */
@Entity
@Table(name = "account_mail")
public class AccountMail {

  public enum Kind {
    REGISTRATION_IN_REVIEW,
    REGISTRATION_APPROVED,
    REGISTRATION_REJECTED,
    REGISTRATION_DUPLICATE,
    AUTH_ID_ISSUED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PASSWORD_EXPIRY_REMINDER,
    ACCOUNT_LOCKED,
    EMAIL_CONFIRMATION,
    EMAIL_CHANGED,
    OFFICE_INVITATION,
    ACCOUNT_CLOSED,
    /** To the old address: a change of address was asked for (issue 15). */
    EMAIL_CHANGE_REQUESTED,
    /** To the office administrator (or the practitioner): the standing lapsed (issue 15). */
    STANDING_LAPSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "recipient_name", nullable = false, updatable = false)
  private String recipientName;

  @Column(name = "parameters", nullable = false, updatable = false)
  private String parameters;

  @Column(name = "secret_link")
  private String secretLink;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "message_id")
  private String messageId;

  protected AccountMail() {}

  public AccountMail(
      Kind kind,
      String recipient,
      String recipientName,
      Map<String, String> parameters,
      String secretLink,
      Instant now) {
    this.kind = kind;
    this.recipient = recipient;
    this.recipientName = recipientName;
    JsonObjectBuilder json = Json.createObjectBuilder();
    parameters.forEach(json::add);
    this.parameters = json.build().toString();
    this.secretLink = secretLink;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String recipient() {
    return recipient;
  }

  public String recipientName() {
    return recipientName;
  }

  public Map<String, String> parameters() {
    try (var reader = Json.createReader(new StringReader(parameters))) {
      JsonObject o = reader.readObject();
      Map<String, String> map = new LinkedHashMap<>();
      o.forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
      return map;
    }
  }

  public Optional<String> secretLink() {
    return Optional.ofNullable(secretLink);
  }

  public boolean sent() {
    return sentAt != null;
  }

  /** Records the sending and forgets the link, so no usable token stays in the database. */
  public void markSent(String sentMessageId, Instant now) {
    this.messageId = sentMessageId;
    this.sentAt = now;
    this.secretLink = null;
  }
}
