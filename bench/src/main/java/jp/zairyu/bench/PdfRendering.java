package jp.zairyu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.zairyu.application.ApplicationForm;
import jp.zairyu.infrastructure.pdf.PdfApplicationDocuments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering a typical application form (five sections, about twenty rows, one page) with the
 * embedded Japanese font: the time per document (with {@code -prof gc}, the allocation) and its
 * size, printed at the end. Each document parses the font itself, as the renderer does in the
 * server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PdfRendering {

  private final PdfApplicationDocuments renderer = new PdfApplicationDocuments();
  private ApplicationForm form;

  @Setup
  public void typicalForm() {
    List<ApplicationForm.Row> application =
        List.of(
            new ApplicationForm.Row("申請の種類", "Procedure", "在留期間更新許可申請 / Extension of Period of Stay"),
            new ApplicationForm.Row("同時に申請するもの", "Filed with it", "再入国許可（数次） / Re-entry permit (multiple)"),
            new ApplicationForm.Row("手数料（オンライン）", "Fee (online)", "12,000円 / ¥12,000"),
            new ApplicationForm.Row("結果の受領方法", "How the result is received", "郵送 / By mail"));
    List<ApplicationForm.Row> applicant = new ArrayList<>();
    applicant.add(new ApplicationForm.Row("国籍・地域", "Nationality / Region", "ベトナム"));
    applicant.add(new ApplicationForm.Row("生年月日", "Date of birth", "1995-04-01"));
    applicant.add(new ApplicationForm.Row("氏名", "Name", "NGUYEN VAN AN"));
    applicant.add(new ApplicationForm.Row("在留カード番号", "Residence card number", "AB12345678CD"));
    applicant.add(new ApplicationForm.Row("住居地", "Address in Japan", "東京都 新宿区西新宿2-8-1 都庁第一本庁舎"));
    applicant.add(
        new ApplicationForm.Row("申請人のメールアドレス", "Applicant's mail address", "an@example.jp"));
    List<ApplicationForm.Row> status =
        List.of(
            new ApplicationForm.Row(
                "現在の在留資格",
                "Current status of residence",
                "技術・人文知識・国際業務 / Engineer/Specialist in Humanities/International Services"));
    List<ApplicationForm.Row> documents = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      documents.add(new ApplicationForm.Row("提出資料 " + i + " / Document", "", "document-" + i + ".pdf"));
    }
    List<ApplicationForm.Row> filer =
        List.of(
            new ApplicationForm.Row("氏名", "Name", "山田 太郎"),
            new ApplicationForm.Row("利用者区分", "Kind of user", "弁護士・行政書士 / Lawyer or gyoseishoshi"),
            new ApplicationForm.Row("メールアドレス", "Mail address", "yamada.lawyer@example.jp"));
    form =
        new ApplicationForm(
            "在留期間更新許可申請書",
            "APPLICATION FOR EXTENSION OF PERIOD OF STAY",
            "TOKYO-2026-0000042",
            "東京出入国在留管理局長 殿",
            "To the Director General of the Tokyo Regional Immigration Services Bureau",
            "2026-11-26",
            List.of(
                new ApplicationForm.Section("申請の内容", "Application", application),
                new ApplicationForm.Section("申請人", "Applicant", applicant),
                new ApplicationForm.Section("在留資格", "Status of residence", status),
                new ApplicationForm.Section("添付資料", "Documents attached", documents),
                new ApplicationForm.Section("申請者（取次者等）", "Filed by", filer)),
            null);
  }

  @Benchmark
  public byte[] applicationForm() {
    return renderer.applicationForm(form);
  }

  /** The document's size, printed once (it does not change between renderings). */
  @TearDown
  public void size() {
    System.out.println("application form: " + renderer.applicationForm(form).length + " bytes");
  }
}
