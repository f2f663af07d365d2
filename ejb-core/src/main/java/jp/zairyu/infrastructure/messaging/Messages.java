package jp.zairyu.infrastructure.messaging;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import jp.zairyu.application.NotificationKind;

/**
 * The JSON bodies of our messages. They carry identifiers, never serialized objects; a body that
 * cannot be read is a poison message and is rejected with an exception.
 */
final class Messages {

  private static final String APPLICATION_ID = "applicationId";
  private static final String KIND = "kind";
  private static final String KINDS = "kinds";
  private static final String ACCOUNT_MAIL_ID = "accountMailId";
  private static final String DOCUMENT_REQUEST_ID = "documentRequestId";

  /**
   * Looked up once: {@code Json.createReader} and friends look the provider up again on every call
   * (a service-loader search), which showed in the consumers' profile.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Messages() {}

  static String applicationSubmitted(long applicationId) {
    return JSON.createObjectBuilder().add(APPLICATION_ID, applicationId).build().toString();
  }

  static String notificationRequested(long applicationId, NotificationKind kind) {
    return JSON.createObjectBuilder()
        .add(APPLICATION_ID, applicationId)
        .add(KIND, kind.name())
        .build()
        .toString();
  }

  /** One request for several mails about an application: {@code "kinds"}, in order. */
  static String notificationsRequested(long applicationId, List<NotificationKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("A notification request names at least one kind");
    }
    JsonArrayBuilder names = JSON.createArrayBuilder();
    kinds.forEach(k -> names.add(k.name()));
    return JSON.createObjectBuilder()
        .add(APPLICATION_ID, applicationId)
        .add(KINDS, names)
        .build()
        .toString();
  }

  static String notificationRequested(
      long applicationId, NotificationKind kind, long documentRequestId) {
    return JSON.createObjectBuilder()
        .add(APPLICATION_ID, applicationId)
        .add(KIND, kind.name())
        .add(DOCUMENT_REQUEST_ID, documentRequestId)
        .build()
        .toString();
  }

  static String decisionMade(long applicationId) {
    return JSON.createObjectBuilder().add(APPLICATION_ID, applicationId).build().toString();
  }

  static String accountMailRequested(long accountMailId) {
    return JSON.createObjectBuilder().add(ACCOUNT_MAIL_ID, accountMailId).build().toString();
  }

  /** The account mail a notification request is about, if it is about one. */
  static OptionalLong accountMailId(String body) {
    JsonObject json = parse(body);
    return json.containsKey(ACCOUNT_MAIL_ID)
        ? OptionalLong.of(json.getJsonNumber(ACCOUNT_MAIL_ID).longValueExact())
        : OptionalLong.empty();
  }

  /** The request for documents a notification request is about, if it names one. */
  static OptionalLong documentRequestId(String body) {
    JsonObject json = parse(body);
    return json.containsKey(DOCUMENT_REQUEST_ID)
        ? OptionalLong.of(json.getJsonNumber(DOCUMENT_REQUEST_ID).longValueExact())
        : OptionalLong.empty();
  }

  static long applicationId(String body) {
    return parse(body).getJsonNumber(APPLICATION_ID).longValueExact();
  }

  static NotificationKind kind(String body) {
    return NotificationKind.valueOf(parse(body).getString(KIND));
  }

  /**
   * What a {@code NotificationRequested} body asks for, read once: an account mail, or mails of one
   * or more kinds ({@code "kind"}, or {@code "kinds"} in order) about an application.
   */
  record NotificationRequest(
      OptionalLong accountMailId,
      long applicationId,
      List<NotificationKind> kinds,
      OptionalLong documentRequestId) {}

  static NotificationRequest notificationRequest(String body) {
    JsonObject json = parse(body);
    if (json.containsKey(ACCOUNT_MAIL_ID)) {
      return new NotificationRequest(
          OptionalLong.of(json.getJsonNumber(ACCOUNT_MAIL_ID).longValueExact()),
          0,
          List.of(),
          OptionalLong.empty());
    }
    List<NotificationKind> kinds =
        json.containsKey(KINDS)
            ? json.getJsonArray(KINDS).getValuesAs(JsonString.class).stream()
                .map(s -> NotificationKind.valueOf(s.getString()))
                .toList()
            : List.of(NotificationKind.valueOf(json.getString(KIND)));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("A notification request names no kind: " + body);
    }
    return new NotificationRequest(
        OptionalLong.empty(),
        json.getJsonNumber(APPLICATION_ID).longValueExact(),
        kinds,
        json.containsKey(DOCUMENT_REQUEST_ID)
            ? OptionalLong.of(json.getJsonNumber(DOCUMENT_REQUEST_ID).longValueExact())
            : OptionalLong.empty());
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
