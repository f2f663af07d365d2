package jp.zairyu.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reads what the test stack's mail server (GreenMail) received for one address, over IMAP, the way
 * a mail client would. Works from the test JVM and from inside the application server.
 */
public final class Mailbox {

  /** Mails decoded before, by address, number in the mailbox and Message-ID (never change). */
  private static final Map<String, Mail> READ = new ConcurrentHashMap<>();

  private final String address;

  private Mailbox(String address) {
    this.address = address;
  }

  public static Mailbox of(String address) {
    return new Mailbox(address);
  }

  /**
   * A received mail, decoded: the text (of a multipart mail, its first text part) and the files
   * attached.
   */
  public record Mail(
      String messageId, String subject, String body, String to, List<Attached> attachments) {}

  /** A file attached to a mail, with its name and media type as the mail declares them. */
  public record Attached(String fileName, String contentType, byte[] content) {}

  public List<Mail> messages() {
    Properties props = new Properties();
    props.put("mail.imap.connectiontimeout", "5000");
    props.put("mail.imap.timeout", "5000");
    Session session = Session.getInstance(props);
    try (Store store = session.getStore("imap")) {
      store.connect(TestPorts.HOST, TestPorts.IMAP, address, address);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<Mail> mails = new ArrayList<>();
        Message[] all = inbox.getMessages();
        // the headers of all in one request; a mail read before is not read again
        FetchProfile headers = new FetchProfile();
        headers.add(FetchProfile.Item.ENVELOPE);
        inbox.fetch(all, headers);
        for (Message message : all) {
          MimeMessage mime = (MimeMessage) message;
          String key = address + "#" + mime.getMessageNumber() + "#" + mime.getMessageID();
          Mail known = READ.get(key);
          if (known != null) {
            mails.add(known);
            continue;
          }
          Object content = mime.getContent();
          String body = String.valueOf(content);
          List<Attached> attached = new ArrayList<>();
          if (content instanceof Multipart multipart) {
            body = "";
            for (int i = 0; i < multipart.getCount(); i++) {
              BodyPart part = multipart.getBodyPart(i);
              if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attached.add(
                    new Attached(
                        MimeUtility.decodeText(part.getFileName()),
                        part.getContentType(),
                        part.getInputStream().readAllBytes()));
              } else if (body.isEmpty() && part.isMimeType("text/plain")) {
                body = String.valueOf(part.getContent());
              }
            }
          }
          Mail mail = new Mail(mime.getMessageID(), mime.getSubject(), body, address, attached);
          READ.put(key, mail);
          mails.add(mail);
        }
        return mails;
      } finally {
        inbox.close(false);
      }
    } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
      return List.of();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read the mailbox of " + address, e);
    }
  }

  public List<Mail> matching(Predicate<Mail> filter) {
    return messages().stream().filter(filter).toList();
  }

  /** The Message-IDs of every mail received, oldest first (a mail sent twice is listed twice). */
  public List<String> messageIds() {
    return messages().stream().map(Mail::messageId).toList();
  }

  /** Waits for a mail with this Message-ID and returns it. */
  public Mail awaitMessage(String messageId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> matching(m -> messageId.equals(m.messageId())), list -> !list.isEmpty())
        .get(0);
  }
}
