package jp.zairyu.devstack;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory with each caught mail twice: {@code yyyyMMdd-HHmmss-SSS_subject.eml}, the message
 * exactly as sent (for a mail program), and the same name with {@code .txt}, its headers and text
 * decoded to plain UTF-8 (Japanese subjects and quoted-printable bodies are unreadable in a text
 * editor otherwise). Existing files are never touched, so the folder keeps the mail of earlier
 * runs.
 */
final class MailFolder {

  private static final Logger LOG = LoggerFactory.getLogger(MailFolder.class);
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final int MAX_SUBJECT_LENGTH = 60;

  private final Path dir;

  /** Mails already written, by identity: a mail to two recipients is caught twice. */
  private final Set<String> saved = new HashSet<>();

  /**
   * The caught messages already looked at (GreenMail hands out the same instances on every call):
   * each is read once, not on every look at a mailbox that holds thousands (a benchmark's).
   */
  private final Set<MimeMessage> looked = Collections.newSetFromMap(new IdentityHashMap<>());

  MailFolder(Path dir) {
    this.dir = dir;
  }

  /** Writes every message not written yet. */
  synchronized void saveNew(MimeMessage[] messages) {
    for (MimeMessage message : messages) {
      if (!looked.add(message)) {
        continue;
      }
      try {
        String messageId = message.getMessageID();
        byte[] content = content(message);
        String id = messageId != null ? messageId : sha256(content);
        if (saved.add(id)) {
          Path file = write(message.getSubject(), content, readable(message));
          LOG.info(
              "Mail \"{}\" to {} saved as {}", message.getSubject(), recipients(message), file);
        }
      } catch (MessagingException | IOException | RuntimeException e) {
        LOG.warn("Could not save a caught mail: {}", e.toString());
      }
    }
  }

  private Path write(String subject, byte[] content, String text) throws IOException {
    Files.createDirectories(dir);
    String base = LocalDateTime.now().format(TIMESTAMP) + "_" + safeName(subject);
    for (int attempt = 1; ; attempt++) {
      String name = base + (attempt == 1 ? "" : "-" + attempt);
      try {
        Path eml = Files.write(dir.resolve(name + ".eml"), content, StandardOpenOption.CREATE_NEW);
        Files.writeString(dir.resolve(name + ".txt"), text, StandardOpenOption.CREATE_NEW);
        return eml;
      } catch (FileAlreadyExistsException e) {
        // never overwrite: try the next name
      }
    }
  }

  /** Headers and text of the mail, decoded. */
  static String readable(MimeMessage message) throws MessagingException, IOException {
    var text = new StringBuilder();
    text.append("From:       ").append(addresses(message.getFrom())).append('\n');
    text.append("To:         ").append(recipients(message)).append('\n');
    text.append("Date:       ").append(message.getSentDate()).append('\n');
    text.append("Subject:    ").append(message.getSubject()).append('\n');
    text.append("Message-ID: ").append(message.getMessageID()).append("\n\n");
    text.append(bodyText(message.getContent()));
    return text.toString();
  }

  private static String bodyText(Object content) throws MessagingException, IOException {
    if (content instanceof String plain) {
      return plain;
    }
    if (content instanceof Multipart parts) {
      var text = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        var part = parts.getBodyPart(i);
        if (part.isMimeType("text/*") || part.isMimeType("multipart/*")) {
          text.append(bodyText(part.getContent())).append('\n');
        } else {
          text.append("[attachment: ").append(part.getFileName()).append("]\n");
        }
      }
      return text.toString();
    }
    return "[" + content.getClass().getSimpleName() + "]";
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? "(none)"
        : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
  }

  private static byte[] content(MimeMessage message) throws IOException, MessagingException {
    var content = new ByteArrayOutputStream();
    message.writeTo(content);
    return content.toByteArray();
  }

  /** The Message-ID, or for a mail without one, a hash of its content. */
  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) throws MessagingException {
    Address[] to = message.getAllRecipients();
    return to == null ? "(none)" : Arrays.stream(to).map(Address::toString).toList().toString();
  }

  /** Letters (any script) and digits kept, everything else collapsed to single underscores. */
  static String safeName(String subject) {
    if (subject == null || subject.isBlank()) {
      return "no-subject";
    }
    String name = subject.strip().replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    if (name.isEmpty()) {
      return "no-subject";
    }
    return name.codePointCount(0, name.length()) <= MAX_SUBJECT_LENGTH
        ? name
        : name.substring(0, name.offsetByCodePoints(0, MAX_SUBJECT_LENGTH));
  }
}
