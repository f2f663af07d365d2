package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The status-specific part of the form ({@link FormSection}): for an employer its name, address,
 * phone, the applicant's job and annual pay; for a school its name, address, phone and the course;
 * for a spouse or supporting person their name, date of birth, nationality, phone and residence
 * card number (none for a Japanese national). A draft may leave fields empty; what is typed must be
 * well formed.
 */
@Embeddable
public class SponsorDetails {

  @Column(name = "sponsor_name")
  private String name;

  @Column(name = "sponsor_address")
  private String address;

  @Column(name = "sponsor_phone")
  private String phone;

  @Column(name = "sponsor_detail")
  private String detail;

  @Column(name = "sponsor_date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "sponsor_nationality")
  private String nationality;

  @Column(name = "sponsor_card_number")
  private String residenceCardNumber;

  @Column(name = "sponsor_annual_income_yen")
  private Integer annualIncomeYen;

  protected SponsorDetails() {}

  /**
   * @param detail the applicant's job (employer) or the course (school)
   * @param annualIncomeYen the applicant's annual pay at the employer, in yen
   */
  public SponsorDetails(
      String name,
      String address,
      String phone,
      String detail,
      LocalDate dateOfBirth,
      String nationality,
      String residenceCardNumber,
      Integer annualIncomeYen,
      LocalDate today) {
    this.name = FormFields.text(name, Applicant.MAX_NAME, "名称・氏名", "The name");
    this.address = FormFields.text(address, Applicant.MAX_ADDRESS, "所在地・住所", "The address");
    this.phone = FormFields.phone(phone, "電話番号", "The phone number");
    this.detail = FormFields.text(detail, Applicant.MAX_NAME, "職務内容・課程", "The job or course");
    this.dateOfBirth = FormFields.birth(dateOfBirth, today, "生年月日", "The date of birth");
    this.nationality =
        FormFields.text(nationality, Applicant.MAX_NATIONALITY, "国籍・地域", "The nationality");
    this.residenceCardNumber = FormFields.card(residenceCardNumber);
    if (annualIncomeYen != null && (annualIncomeYen < 0 || annualIncomeYen > 1_000_000_000)) {
      throw new RuleViolation(
          "sponsor.income",
          "年収は0円から10億円の間の金額を入力してください。",
          "The annual pay must be between ¥0 and ¥1,000,000,000.");
    }
    this.annualIncomeYen = annualIncomeYen;
  }

  static SponsorDetails none() {
    return new SponsorDetails();
  }

  /**
   * Only what {@code section} asks (the employer has no date of birth, the school no annual pay,
   * the spouse no address nor course; NONE asks nothing): what another part's fields held is not
   * kept, so nothing stale is stored or printed.
   */
  SponsorDetails forSection(FormSection section) {
    SponsorDetails d = new SponsorDetails();
    if (section == FormSection.NONE) {
      return d;
    }
    d.name = name;
    d.phone = phone;
    if (section == FormSection.SPOUSE) {
      d.dateOfBirth = dateOfBirth;
      d.nationality = nationality;
      d.residenceCardNumber = residenceCardNumber;
    } else {
      d.address = address;
      d.detail = detail;
      d.annualIncomeYen = section == FormSection.EMPLOYER ? annualIncomeYen : null;
    }
    return d;
  }

  /** What {@code section} needs for submission (step 5), each filled or not. */
  List<RequiredField> requiredFields(FormSection section) {
    List<RequiredField> r = new ArrayList<>();
    switch (section) {
      case EMPLOYER -> {
        need(r, "sponsorName", name, "勤務先の名称 / employer's name");
        need(r, "sponsorAddress", address, "勤務先の所在地 / employer's address");
        need(r, "sponsorPhone", phone, "勤務先の電話番号 / employer's phone");
        need(r, "sponsorDetail", detail, "職務内容 / job");
        need(r, "sponsorIncome", annualIncomeYen, "年収 / annual pay");
      }
      case SCHOOL -> {
        need(r, "sponsorName", name, "学校名 / school's name");
        need(r, "sponsorAddress", address, "学校の所在地 / school's address");
        need(r, "sponsorPhone", phone, "学校の電話番号 / school's phone");
        need(r, "sponsorDetail", detail, "課程・学部 / course");
      }
      case SPOUSE -> {
        need(r, "sponsorName", name, "配偶者・扶養者の氏名 / spouse's or supporter's name");
        need(
            r, "sponsorBirth", dateOfBirth, "配偶者・扶養者の生年月日 / spouse's or supporter's date of birth");
        need(
            r,
            "sponsorNationality",
            nationality,
            "配偶者・扶養者の国籍 / spouse's or supporter's nationality");
        need(r, "sponsorPhone", phone, "配偶者・扶養者の電話番号 / spouse's or supporter's phone");
      }
      case NONE -> {}
    }
    return r;
  }

  private static void need(List<RequiredField> fields, String field, Object value, String label) {
    RequiredField.need(fields, RequiredField.SPONSOR, field, label, value != null);
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public String detail() {
    return detail;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public String nationality() {
    return nationality;
  }

  public String residenceCardNumber() {
    return residenceCardNumber;
  }

  public Integer annualIncomeYen() {
    return annualIncomeYen;
  }
}
