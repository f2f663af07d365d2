package jp.zairyu.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFolderTest {

  @TempDir Path dir;

  @Test
  void subjectsBecomeSafeFileNames() {
    assertThat(MailFolder.safeName("【在留申請】受付のお知らせ: ABC/123")).isEqualTo("在留申請_受付のお知らせ_ABC_123");
    assertThat(MailFolder.safeName("../../etc/passwd")).isEqualTo("etc_passwd");
    assertThat(MailFolder.safeName("  ")).isEqualTo("no-subject");
    assertThat(MailFolder.safeName(null)).isEqualTo("no-subject");
    assertThat(MailFolder.safeName("！？")).isEqualTo("no-subject");
    assertThat(MailFolder.safeName("申".repeat(100))).isEqualTo("申".repeat(60));
  }

  @Test
  void writesEachMailOnceEvenWhenCaughtForSeveralRecipients() throws Exception {
    var folder = new MailFolder(dir);
    MimeMessage mail = mail("受付のお知らせ");

    folder.saveNew(new MimeMessage[] {mail, mail});
    folder.saveNew(new MimeMessage[] {mail, mail("審査結果")});

    assertThat(files()).hasSize(2);
    assertThat(files().get(0).getFileName().toString()).matches("\\d{8}-\\d{6}-\\d{3}_.+\\.eml");
    assertThat(Files.readString(files().get(0))).contains("Subject:");
  }

  @Test
  void neverTouchesMailOfEarlierRuns() throws Exception {
    MimeMessage mail = mail("受付のお知らせ");
    new MailFolder(dir).saveNew(new MimeMessage[] {mail});
    Path earlier = files().get(0);
    Files.writeString(earlier, "kept");

    new MailFolder(dir).saveNew(new MimeMessage[] {mail}); // a restart: same mail caught again

    assertThat(files()).hasSize(2);
    assertThat(Files.readString(earlier)).isEqualTo("kept");
  }

  @Test
  void readsEachCaughtMessageOnceHoweverOftenTheMailboxesAreLookedAt() throws Exception {
    var folder = new MailFolder(dir);
    int[] reads = {0};
    MimeMessage caught = mail("受付のお知らせ");
    MimeMessage mail =
        new MimeMessage(caught) {
          @Override
          public void writeTo(java.io.OutputStream out) throws IOException, MessagingException {
            reads[0]++;
            super.writeTo(out);
          }
        };
    // the copy for the second recipient: another instance, the same Message-ID
    MimeMessage copy = new MimeMessage(caught);

    for (int look = 0; look < 100; look++) {
      folder.saveNew(new MimeMessage[] {mail, copy});
    }

    assertThat(reads[0]).isEqualTo(1);
    assertThat(files()).hasSize(1);
  }

  private static MimeMessage mail(String subject) throws MessagingException {
    var mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("no-reply@zairyu.example.jp"));
    mail.setRecipients(Message.RecipientType.TO, "a@example.jp, b@example.jp");
    mail.setSubject(subject, "UTF-8");
    mail.setText("本文", "UTF-8");
    mail.saveChanges();
    return mail;
  }

  @Test
  void writesADecodedTextCopyNextToEachMail() throws Exception {
    var mail = mail("【在留申請オンライン】申請を受け付けました");
    mail.setText("受付番号: 2026-00000001\n申請人: TRAN THI MAI", "UTF-8", "plain");
    mail.setHeader("Content-Transfer-Encoding", "quoted-printable");
    mail.saveChanges();

    new MailFolder(dir).saveNew(new MimeMessage[] {mail});

    Path eml = files().get(0);
    Path text = dir.resolve(eml.getFileName().toString().replace(".eml", ".txt"));
    assertThat(Files.readString(eml)).doesNotContain("受付番号");
    assertThat(Files.readString(text))
        .contains("Subject:    【在留申請オンライン】申請を受け付けました")
        .contains("To:         [a@example.jp, b@example.jp]")
        .contains("受付番号: 2026-00000001");
  }

  /** The .eml files, oldest first. */
  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
    }
  }
}
