package jp.zairyu.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.application.AccompanyingPerson;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.FamilyMember;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.SponsorDetails;
import jp.zairyu.domain.model.application.StayDetails;

/**
 * Every section of an application's form as read-only text, in the form's order, for the portal's
 * and the console's views (one source, so both show the same). Empty fields read "—"; sections that
 * do not apply to the procedure or status are left out.
 */
public final class ApplicationSheet {

  private static final String NONE = "—";
  private static final String INDEFINITE = StayDetails.INDEFINITE_JA + " / Indefinite";

  private ApplicationSheet() {}

  /** A labelled value; {@code id} names it in the page (form-…). */
  public record Row(String id, String labelJa, String labelEn, String value)
      implements Serializable {}

  /** A titled group of rows. */
  public record Section(String id, String titleJa, String titleEn, List<Row> rows)
      implements Serializable {}

  public static List<Section> of(Application a) {
    List<Section> sections = new ArrayList<>();
    boolean abroad = a.procedure().applicantAbroad();
    Applicant p = a.form().applicant();
    List<Row> applicant = new ArrayList<>();
    applicant.add(row("name", "氏名", "Name", p.fullName()));
    applicant.add(row("nationality", "国籍・地域", "Nationality or region", p.nationality()));
    applicant.add(row("dateOfBirth", "生年月日", "Date of birth", date(p.dateOfBirth())));
    applicant.add(
        row("sex", "性別", "Sex", p.sex().map(s -> s.labelJa() + " / " + s.labelEn()).orElse(null)));
    applicant.add(row("placeOfBirth", "出生地", "Place of birth", p.placeOfBirth()));
    applicant.add(row("occupation", "職業", "Occupation", p.occupation()));
    applicant.add(row("phone", "電話番号", "Phone", p.phone()));
    applicant.add(row("married", "配偶者の有無", "Marital status", yesNo(p.married())));
    applicant.add(row("homeAddress", "本国における居住地", "Home-town address", p.homeAddress()));
    applicant.add(
        row(
            "card",
            "在留カード番号",
            "Residence card number",
            p.residenceCardNumber().map(Object::toString).orElse(null)));
    applicant.add(
        row(
            "address",
            abroad ? "日本における連絡先（予定）" : "住居地",
            abroad ? "Intended address in Japan" : "Address in Japan",
            join(p.prefecture(), p.addressLine())));
    sections.add(new Section("form-applicant", "申請人", "Applicant", applicant));

    List<Row> passport = new ArrayList<>();
    passport.add(row("passportNumber", "旅券番号", "Passport number", a.form().passport().number()));
    passport.add(
        row("passportExpiry", "有効期限", "Date of expiry", date(a.form().passport().expiry())));
    sections.add(new Section("form-passport", "旅券", "Passport", passport));

    StayDetails s = a.form().stay();
    List<Row> stay = new ArrayList<>();
    if (s.currentIndefinite()
        || s.currentPeriodMonths().isPresent()
        || s.currentExpiry().isPresent()) {
      stay.add(
          row(
              "currentPeriod",
              "現在の在留期間",
              "Current period of stay",
              s.currentIndefinite()
                  ? INDEFINITE
                  : StayDetails.periodLabel(s.currentPeriodMonths().orElse(null))));
      // An indefinite period has no date of expiry: as the residence card's 在留期間（満了日）, 無期限.
      stay.add(
          row(
              "currentExpiry",
              "在留期間の満了日",
              "Date of expiry of the period of stay",
              s.currentIndefinite() ? INDEFINITE : date(s.currentExpiry().orElse(null))));
    }
    if (a.procedure().asksDesiredPeriod()) {
      stay.add(
          row(
              "desiredPeriod",
              "希望する在留期間",
              "Period applied for",
              s.desiredIndefinite()
                  ? INDEFINITE
                  : StayDetails.periodLabel(s.desiredPeriodMonths().orElse(null))));
    }
    if (abroad) {
      stay.add(row("entryPort", "入国予定港", "Intended port of entry", s.entryPort()));
      stay.add(
          row("entryDate", "入国予定年月日", "Expected date of entry", date(s.entryDate().orElse(null))));
    }
    stay.add(row("reason", "申請理由", "Reason for the application", s.reason()));
    stay.add(
        row(
            "criminalRecord",
            "犯罪歴の有無",
            "Criminal record",
            s.criminalRecord()
                .map(yes -> yes ? "有 / Yes: " + s.criminalDetails() : "無 / No")
                .orElse(null)));
    sections.add(new Section("form-stay", "在留・申請理由", "Stay and reason", stay));

    List<Row> family = new ArrayList<>();
    List<FamilyMember> members = a.form().family();
    for (int i = 0; i < members.size(); i++) {
      FamilyMember m = members.get(i);
      List<String> parts = new ArrayList<>();
      parts.add(m.relationship().map(r -> r.labelJa() + " / " + r.labelEn()).orElse(NONE));
      parts.add(text(m.name()));
      parts.add(date(m.dateOfBirth()) == null ? NONE : date(m.dateOfBirth()));
      parts.add(text(m.nationality()));
      parts.add(m.livingTogether() ? "同居 / living together" : "別居 / not living together");
      if (m.workplace() != null) {
        parts.add(m.workplace());
      }
      m.residenceCardNumber().ifPresent(c -> parts.add(c.toString()));
      family.add(
          new Row(
              "form-family-" + (i + 1),
              "家族" + (i + 1),
              "Family member " + (i + 1),
              String.join("、", parts)));
    }
    if (family.isEmpty()) {
      family.add(new Row("form-family-none", "在日親族", "Family in Japan", "なし / None"));
    }
    sections.add(
        new Section(
            "form-family", "在日親族及び同居者", "Family in Japan and people living together", family));

    if (a.procedure().asksAccompanyingPersons()) {
      List<Row> accompanying = new ArrayList<>();
      accompanying.add(
          row("accompanied", "同伴者の有無", "Accompanying persons", yesNo(a.form().accompanied())));
      List<AccompanyingPerson> persons = a.form().accompanying();
      for (int i = 0; i < persons.size(); i++) {
        AccompanyingPerson m = persons.get(i);
        List<String> parts = new ArrayList<>();
        parts.add(m.relationship().map(r -> r.labelJa() + " / " + r.labelEn()).orElse(NONE));
        parts.add(text(m.name()));
        parts.add(m.dateOfBirth() == null ? NONE : date(m.dateOfBirth()));
        parts.add(text(m.nationality()));
        accompanying.add(
            new Row(
                "form-accompanying-" + (i + 1),
                "同伴者" + (i + 1),
                "Accompanying person " + (i + 1),
                String.join("、", parts)));
      }
      sections.add(new Section("form-accompanying", "同伴者", "Accompanying persons", accompanying));
    }

    FormSection section = a.form().formSection();
    if (section != FormSection.NONE) {
      sections.add(
          new Section(
              "form-sponsor",
              section.labelJa(),
              section.labelEn(),
              sponsorRows(section, a.form().sponsor())));
    }
    return List.copyOf(sections);
  }

  /**
   * How the result is received, in both languages: at the window, by post (the card or certificate
   * in the return envelope), or — a COE by mail — by e-mail as an electronic certificate; "—" if
   * not chosen yet.
   */
  public static String resultReceipt(Application a) {
    if (a.form().resultReceipt().isEmpty()) {
      return NONE;
    }
    if (a.receiving().electronicCoe()) {
      return "電子メール（電子交付の在留資格認定証明書） / By e-mail (electronic certificate)";
    }
    return a.receiving().byMail() ? "郵送 / By post" : "窓口 / At the window";
  }

  private static List<Row> sponsorRows(FormSection section, SponsorDetails d) {
    List<Row> rows = new ArrayList<>();
    switch (section) {
      case EMPLOYER -> {
        rows.add(row("sponsorName", "名称", "Name", d.name()));
        rows.add(row("sponsorAddress", "所在地", "Address", d.address()));
        rows.add(row("sponsorPhone", "電話番号", "Phone", d.phone()));
        rows.add(row("sponsorDetail", "職務内容", "Job", d.detail()));
        rows.add(
            row(
                "sponsorIncome",
                "年収",
                "Annual pay",
                d.annualIncomeYen() == null
                    ? null
                    : String.format("%,d円 / ¥%,d", d.annualIncomeYen(), d.annualIncomeYen())));
      }
      case SCHOOL -> {
        rows.add(row("sponsorName", "学校名", "School", d.name()));
        rows.add(row("sponsorAddress", "所在地", "Address", d.address()));
        rows.add(row("sponsorPhone", "電話番号", "Phone", d.phone()));
        rows.add(row("sponsorDetail", "課程・学部", "Course", d.detail()));
      }
      case SPOUSE -> {
        rows.add(row("sponsorName", "氏名", "Name", d.name()));
        rows.add(row("sponsorBirth", "生年月日", "Date of birth", date(d.dateOfBirth())));
        rows.add(row("sponsorNationality", "国籍・地域", "Nationality", d.nationality()));
        rows.add(row("sponsorPhone", "電話番号", "Phone", d.phone()));
        rows.add(row("sponsorCard", "在留カード番号", "Residence card number", d.residenceCardNumber()));
      }
      case NONE -> {}
    }
    return rows;
  }

  private static String yesNo(java.util.Optional<Boolean> answer) {
    return answer.map(yes -> yes ? "有 / Yes" : "無 / No").orElse(null);
  }

  private static Row row(String id, String ja, String en, String value) {
    return new Row("form-" + id, ja, en, text(value));
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String join(String a, String b) {
    if (a == null && b == null) {
      return null;
    }
    return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
  }
}
