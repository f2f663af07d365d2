package jp.zairyu.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import jp.zairyu.application.MailSender;
import jp.zairyu.application.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail over SMTP (Jakarta Mail) with the mail's own stable Message-ID: plain text, or
 * multipart/mixed with the text first and the files attached.
 *
 * <p>Connections are reused: a sender keeps the connections it opened in a small idle pool and
 * sends the next mail over one of them (one SMTP transaction, no new TCP connection, greeting and
 * {@code EHLO} per mail). A connection idle longer than {@code zairyu.mail.smtp.idle-seconds} is
 * closed rather than trusted; one that fails is closed and the failure goes to the caller (the
 * message is redelivered), so a server that went away costs no more than before.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

  @Inject
  @ConfigProperty(name = "zairyu.mail.smtp.host")
  String host;

  @Inject
  @ConfigProperty(name = "zairyu.mail.smtp.port")
  int port;

  @Inject
  @ConfigProperty(name = "zairyu.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "zairyu.mail.smtp.timeout-ms")
  int timeoutMs;

  @Inject
  @ConfigProperty(name = "zairyu.mail.smtp.idle-seconds")
  int idleSeconds;

  @Inject
  @ConfigProperty(name = "zairyu.mail.smtp.max-idle-connections")
  int maxIdleConnections;

  /** Connected transports not in use, most recently returned first. */
  private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();

  private record Idle(Transport transport, long since) {}

  /** Built once from the configuration, which does not change while the application runs. */
  private Session session;

  @PostConstruct
  void createSession() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
    props.put("mail.smtp.timeout", String.valueOf(timeoutMs));
    props.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
    session = Session.getInstance(props);
  }

  @Override
  public void send(OutgoingMail mail) {
    try {
      MimeMessage message = new StableIdMessage(session, mail.messageId());
      message.setFrom(new InternetAddress(from));
      message.setRecipients(
          jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      if (mail.attachments().isEmpty()) {
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
      } else {
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (OutgoingMail.Attachment file : mail.attachments()) {
          MimeBodyPart part = new MimeBodyPart();
          part.setDataHandler(
              new DataHandler(new ByteArrayDataSource(file.content(), file.mediaType())));
          part.setFileName(MimeUtility.encodeText(file.fileName(), "UTF-8", null));
          part.setDisposition(Part.ATTACHMENT);
          parts.addBodyPart(part);
        }
        message.setContent(parts);
      }
      message.setSentDate(new Date());
      message.saveChanges();
      Idle reused = reusable();
      if (reused != null) {
        try {
          reused.transport().sendMessage(message, message.getAllRecipients());
          release(reused.transport());
          return;
        } catch (MessagingException | RuntimeException stale) {
          // the server may have dropped an idle connection: once more on a new one
          close(reused.transport());
        }
      }
      Transport transport = session.getTransport("smtp");
      try {
        transport.connect();
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException | RuntimeException e) {
        close(transport);
        throw e;
      }
      release(transport);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("The mail server did not accept " + mail.messageId(), e);
    }
  }

  /** The most recently used idle connection that has not been idle too long, if any. */
  private Idle reusable() {
    long now = System.nanoTime();
    Idle candidate;
    while ((candidate = idle.pollFirst()) != null) {
      if (now - candidate.since() < idleSeconds * 1_000_000_000L) {
        return candidate;
      }
      close(candidate.transport());
    }
    return null;
  }

  private void release(Transport transport) {
    if (idle.size() >= maxIdleConnections) {
      close(transport);
      return;
    }
    idle.offerFirst(new Idle(transport, System.nanoTime()));
  }

  private static void close(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException ignored) {
      // the connection is gone either way
    }
  }

  @PreDestroy
  void closeAll() {
    Idle candidate;
    while ((candidate = idle.pollFirst()) != null) {
      close(candidate.transport());
    }
  }

  /** Keeps the Message-ID we chose instead of generating a new one on every save. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
