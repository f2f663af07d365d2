package jp.zairyu.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail catches every mail the application sends (SMTP, any recipient, no authentication) and
 * serves it over IMAP; a watcher copies each one into the {@link MailFolder} as it arrives.
 */
final class MailCatcher implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(MailCatcher.class);
  private static final long WATCH_INTERVAL_MILLIS = 500;

  private final StackSettings settings;
  private final MailFolder folder;
  private GreenMail greenMail;
  private ScheduledExecutorService watcher;
  private SmtpServer restartedSmtp;

  MailCatcher(StackSettings settings) {
    this.settings = settings;
    this.folder = new MailFolder(settings.mailDir());
  }

  void start() {
    var timing = Timing.start();
    greenMail =
        new GreenMail(
                new ServerSetup[] {
                  new ServerSetup(
                      settings.smtpPort(), StackSettings.HOST, ServerSetup.PROTOCOL_SMTP),
                  new ServerSetup(
                      settings.imapPort(), StackSettings.HOST, ServerSetup.PROTOCOL_IMAP)
                })
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();

    watcher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              var thread = new Thread(task, "devstack-mail-folder");
              thread.setDaemon(true);
              return thread;
            });
    watcher.scheduleWithFixedDelay(
        () -> folder.saveNew(greenMail.getReceivedMessages()),
        WATCH_INTERVAL_MILLIS,
        WATCH_INTERVAL_MILLIS,
        TimeUnit.MILLISECONDS);
    LOG.info(
        "GreenMail ready: SMTP {}:{}, IMAP {}:{}, mails copied to {} ({})",
        StackSettings.HOST,
        settings.smtpPort(),
        StackSettings.HOST,
        settings.imapPort(),
        settings.mailDir(),
        timing);
  }

  /** Stops the SMTP service only: mailboxes and IMAP stay (an SMTP outage). */
  synchronized void stopServer() {
    smtp().stopService();
    LOG.info("GreenMail SMTP on port {} stopped (outage)", settings.smtpPort());
  }

  /** Starts SMTP again on the same port and mailboxes. */
  synchronized void startServer() {
    var server =
        new SmtpServer(
            new ServerSetup(settings.smtpPort(), StackSettings.HOST, ServerSetup.PROTOCOL_SMTP),
            greenMail.getManagers());
    server.startService();
    try {
      if (!server.waitTillRunning(10_000)) {
        throw new StackException("GreenMail SMTP did not start again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while restarting GreenMail SMTP");
    }
    restartedSmtp = server;
    LOG.info("GreenMail SMTP on port {} started again", settings.smtpPort());
  }

  private SmtpServer smtp() {
    return restartedSmtp != null ? restartedSmtp : greenMail.getSmtp();
  }

  GreenMail greenMail() {
    return greenMail;
  }

  @Override
  public void stop() {
    if (watcher != null) {
      watcher.shutdown();
      try {
        watcher.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      folder.saveNew(greenMail.getReceivedMessages()); // whatever arrived since the last look
    }
    if (restartedSmtp != null) {
      restartedSmtp.stopService();
    }
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
