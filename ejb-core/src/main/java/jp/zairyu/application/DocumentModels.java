package jp.zairyu.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.UserKind;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.DocumentType;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/**
 * Builds the read models of the printed documents from the aggregate: every text is decided here
 * (labels in Japanese and English, fees from {@code procedures.csv}, dates in Japan), the renderers
 * only lay them out.
 */
final class DocumentModels {

  private DocumentModels() {}

  /**
   * The application form of {@code application} as filed: what was filed and the status, then every
   * section of the official form as the portal and the console show it ({@link ApplicationSheet},
   * the one source of those sections), the attachments and who filed it.
   *
   * @param agent the practitioner who filed it (申請等取次者 or other kind of user), or null
   * @param attachments its attachments, to list them
   * @param facePhotoJpeg the face photo's bytes, or null
   */
  static ApplicationForm applicationForm(
      Application application,
      Practitioner agent,
      List<Attachment> attachments,
      byte[] facePhotoJpeg) {
    Procedure procedure = application.procedure();
    Filing filing = application.filing();
    List<ApplicationForm.Section> sections = new ArrayList<>();

    List<ApplicationForm.Row> filed = new ArrayList<>();
    filed.add(row("申請の種類", "Procedure", procedure.nameJa() + " / " + procedure.nameEn()));
    filed.add(row("同時に申請するもの", "Filed with it", addOns(filing)));
    filed.add(
        row(
            "手数料（オンライン）",
            "Fee (online)",
            String.format(
                "%,d円 / ¥%,d",
                application.receiving().feeYen(), application.receiving().feeYen())));
    filed.add(
        row("結果の受領方法", "How the result is received", ApplicationSheet.resultReceipt(application)));
    filed.add(
        row(
            "申請人のメールアドレス",
            "Applicant's mail address",
            application.form().applicantEmail().orElse(null)));
    sections.add(new ApplicationForm.Section("申請の内容", "Application", filed));

    List<ApplicationForm.Row> status = new ArrayList<>();
    status.add(
        row("現在の在留資格", "Current status of residence", status(application.form().currentStatus())));
    if (procedure.hasDesiredStatus()) {
      status.add(
          row(
              "希望する在留資格",
              "Desired status of residence",
              status(application.form().desiredStatus())));
    }
    sections.add(new ApplicationForm.Section("在留資格", "Status of residence", status));

    for (ApplicationSheet.Section section : ApplicationSheet.of(application)) {
      sections.add(ApplicationForm.Section.of(section));
    }

    List<ApplicationForm.Row> files = new ArrayList<>();
    for (Attachment attachment : attachments) {
      String label =
          attachment.kind() == AttachmentKind.FACE_PHOTO
              ? "写真 / Face photo"
              : attachment
                  .documentType()
                  .flatMap(DocumentType::byCode)
                  .map(t -> t.nameJa() + " / " + t.nameEn())
                  .orElse("資料 / Document");
      files.add(new ApplicationForm.Row(label, "", attachment.fileName()));
    }
    if (files.isEmpty()) {
      files.add(row("添付ファイル", "Attachments", "なし / none"));
    }
    sections.add(new ApplicationForm.Section("添付資料", "Documents attached", files));

    if (agent != null) {
      List<ApplicationForm.Row> filer = new ArrayList<>();
      filer.add(row("氏名", "Name", agent.fullName()));
      filer.add(
          row(
              "利用者区分",
              "Kind of user",
              UserKind.byCode(agent.userKind())
                  .map(k -> k.nameJa() + " / " + k.nameEn())
                  .orElse(agent.userKind())));
      filer.add(row("メールアドレス", "Mail address", agent.email()));
      sections.add(new ApplicationForm.Section("申請者（取次者等）", "Filed by", filer));
    }

    Optional<Bureau> bureau = bureau(application);
    return new ApplicationForm(
        procedure.nameJa() + "書",
        "APPLICATION FOR " + procedure.nameEn().toUpperCase(Locale.ROOT),
        receipt(application),
        addresseeJa(bureau),
        addresseeEn(bureau),
        application.submittedAt().map(DocumentModels::date).orElse("-"),
        sections,
        facePhotoJpeg);
  }

  /**
   * The fee slip for the fee of everything filed ({@link
   * jp.zairyu.domain.model.application.Receiving#feeYen()}).
   */
  static FeeSlip feeSlip(Application application) {
    Filing filing = application.filing();
    List<FeeSlip.Line> lines = new ArrayList<>();
    Procedure procedure = filing.procedure();
    lines.add(new FeeSlip.Line(procedure.nameJa(), procedure.nameEn(), procedure.feeOnlineYen()));
    filing
        .reentryPermit()
        .ifPresent(
            reentry -> {
              boolean multiple = filing.reentry() == Filing.Reentry.MULTIPLE;
              lines.add(
                  new FeeSlip.Line(
                      reentry.nameJa() + (multiple ? "（数次）" : "（一回）"),
                      reentry.nameEn() + (multiple ? " (multiple)" : " (single)"),
                      filing.reentryFeeOnlineYen()));
            });
    filing
        .activityOutsidePermit()
        .ifPresent(
            outside ->
                lines.add(
                    new FeeSlip.Line(outside.nameJa(), outside.nameEn(), outside.feeOnlineYen())));
    Optional<Bureau> bureau = bureau(application);
    return new FeeSlip(
        receipt(application),
        nonNull(application.form().applicant().fullName()),
        nonNull(application.form().applicant().nationality()),
        addresseeJa(bureau),
        addresseeEn(bureau),
        lines,
        application.receiving().feeYen());
  }

  /**
   * The electronic COE of an approved COE received by mail: issued on the day of the decision in
   * Japan, valid for three months.
   */
  static ElectronicCoe electronicCoe(Application application) {
    if (!application.receiving().electronicCoe() || application.decision().decidedAt().isEmpty()) {
      throw new IllegalStateException(
          "Application " + application.id() + " is not an issued electronic COE");
    }
    StatusChoice status = application.form().desiredStatus().orElseThrow();
    LocalDate issued = LocalDate.ofInstant(application.decision().decidedAt().get(), Formats.JAPAN);
    Optional<Bureau> bureau = bureau(application);
    Applicant applicant = application.form().applicant();
    return new ElectronicCoe(
        certificateNumber(application),
        receipt(application),
        nonNull(applicant.fullName()),
        nonNull(applicant.nationality()),
        applicant.dateOfBirth(),
        status.labelJa(),
        status.status().nameEn() + (status.subtype() == null ? "" : " " + status.subtype()),
        issued,
        ElectronicCoe.validUntil(issued),
        bureau.map(Bureau::nameJa).orElse("-"),
        bureau.map(Bureau::nameEn).orElse("-"));
  }

  /**
   * The number of an electronic COE: "E" and the receipt number (our rule: unique as the receipt
   * number is, and stable, so a mail sent again carries the same certificate).
   */
  static String certificateNumber(Application application) {
    return "E" + receipt(application);
  }

  private static String receipt(Application application) {
    return application.receiptNumber().map(Object::toString).orElse("-");
  }

  private static Optional<Bureau> bureau(Application application) {
    return application.routing().bureauCode().flatMap(BureauDirectory.standard()::byCode);
  }

  private static String addresseeJa(Optional<Bureau> bureau) {
    return bureau.map(b -> b.nameJa() + "長 殿").orElse("出入国在留管理局長 殿");
  }

  private static String addresseeEn(Optional<Bureau> bureau) {
    return bureau
        .map(b -> "To the Director General of the " + b.nameEn())
        .orElse("To the Director General of the Regional Immigration Services Bureau");
  }

  private static String addOns(Filing filing) {
    List<String> parts = new ArrayList<>();
    switch (filing.reentry()) {
      case SINGLE -> parts.add("再入国許可（一回） / Re-entry permit (single)");
      case MULTIPLE -> parts.add("再入国許可（数次） / Re-entry permit (multiple)");
      case NONE -> {}
    }
    if (filing.activityOutside()) {
      parts.add("資格外活動許可 / Permission for activity outside status");
    }
    return parts.isEmpty() ? "なし / none" : String.join("\n", parts);
  }

  private static String status(Optional<StatusChoice> choice) {
    return choice
        .map(
            s ->
                s.labelJa()
                    + " / "
                    + s.status().nameEn()
                    + (s.subtype() == null ? "" : " " + s.subtype()))
        .orElse(null);
  }

  private static ApplicationForm.Row row(String ja, String en, String value) {
    return new ApplicationForm.Row(ja, en, value);
  }

  private static String nonNull(String s) {
    return s == null ? "-" : s;
  }

  private static String date(Instant instant) {
    return Formats.date(instant);
  }
}
