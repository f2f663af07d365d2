package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/**
 * The foreign national an application is for, as far as the practitioner has entered it. A draft
 * may be incomplete; what is entered must be well-formed. Submission needs every field.
 */
@Embeddable
public class Applicant {

  static final int MAX_NAME = 200;
  static final int MAX_NATIONALITY = 100;
  static final int MAX_ADDRESS = 300;
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  @Column(name = "applicant_name")
  private String fullName;

  @Column(name = "nationality")
  private String nationality;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "residence_card_number")
  private String residenceCardNumber;

  @Column(name = "prefecture")
  private String prefecture;

  @Column(name = "address_line")
  private String addressLine;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "sex")
  private Sex sex;

  @Column(name = "place_of_birth")
  private String placeOfBirth;

  @Column(name = "occupation")
  private String occupation;

  @Column(name = "phone")
  private String phone;

  /** 配偶者の有無: true 有, false 無, null not answered yet. */
  @Column(name = "married")
  private Boolean married;

  /** 本国における居住地: the home-town address in the home country. */
  @Column(name = "home_address")
  private String homeAddress;

  protected Applicant() {}

  /** The identity fields of the original form only (name, nationality, birth, card, address). */
  public Applicant(
      String fullName,
      String nationality,
      LocalDate dateOfBirth,
      String residenceCardNumber,
      String prefecture,
      String addressLine,
      LocalDate today) {
    this(
        fullName,
        nationality,
        dateOfBirth,
        null,
        null,
        null,
        null,
        residenceCardNumber,
        prefecture,
        addressLine,
        today);
  }

  /** The identity fields of the forms before the marital status and home-town address. */
  public Applicant(
      String fullName,
      String nationality,
      LocalDate dateOfBirth,
      Sex sex,
      String placeOfBirth,
      String occupation,
      String phone,
      String residenceCardNumber,
      String prefecture,
      String addressLine,
      LocalDate today) {
    this(
        fullName,
        nationality,
        dateOfBirth,
        sex,
        placeOfBirth,
        occupation,
        phone,
        null,
        null,
        residenceCardNumber,
        prefecture,
        addressLine,
        today);
  }

  /**
   * Every identity field of the official forms (別記第三十号の二様式 and the COE form).
   *
   * @param married 配偶者の有無 (true 有, false 無, null not answered)
   * @param homeAddress 本国における居住地 (the address in the home country)
   * @param today the date in Japan, to refuse a date of birth in the future
   */
  public Applicant(
      String fullName,
      String nationality,
      LocalDate dateOfBirth,
      Sex sex,
      String placeOfBirth,
      String occupation,
      String phone,
      Boolean married,
      String homeAddress,
      String residenceCardNumber,
      String prefecture,
      String addressLine,
      LocalDate today) {
    this.fullName = text(fullName, MAX_NAME, "氏名", "Name");
    this.nationality = text(nationality, MAX_NATIONALITY, "国籍・地域", "Nationality/region");
    this.dateOfBirth = dateOfBirth;
    if (dateOfBirth != null
        && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(EARLIEST_BIRTH))) {
      throw new RuleViolation(
          "applicant.date-of-birth",
          "生年月日は1900年1月1日から今日までの日付を入力してください。",
          "The date of birth must be between 1 January 1900 and today.");
    }
    this.residenceCardNumber =
        blank(residenceCardNumber) ? null : ResidenceCardNumber.parse(residenceCardNumber).value();
    this.prefecture = blank(prefecture) ? null : prefecture.strip();
    if (this.prefecture != null && !BureauDirectory.standard().isPrefecture(this.prefecture)) {
      throw new RuleViolation(
          "applicant.prefecture",
          "住居地の都道府県を一覧から選んでください。",
          "Choose the prefecture of the address in Japan from the list.");
    }
    this.addressLine = text(addressLine, MAX_ADDRESS, "住居地", "Address in Japan");
    this.sex = sex;
    this.placeOfBirth = text(placeOfBirth, MAX_NAME, "出生地", "Place of birth");
    this.occupation = text(occupation, MAX_NATIONALITY, "職業", "Occupation");
    this.phone = FormFields.phone(phone, "電話番号", "The phone number");
    this.married = married;
    this.homeAddress =
        text(homeAddress, MAX_ADDRESS, "本国における居住地", "The home-town address in the home country");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(String value, int max, String labelJa, String labelEn) {
    if (blank(value)) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new RuleViolation(
          "applicant.too-long",
          labelJa + "は" + max + "文字以内で入力してください。",
          labelEn + " must be at most " + max + " characters.");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw new RuleViolation(
          "applicant.control-characters",
          labelJa + "に使用できない文字が含まれています。",
          labelEn + " contains characters that are not allowed.");
    }
    return stripped;
  }

  /** Labels (Japanese / English) of the fields still missing for submission, in Japan. */
  public List<String> missingFields() {
    return missingFields(true);
  }

  /**
   * Labels (Japanese / English) of the fields still missing for submission. An applicant in Japan
   * (change, extension, acquisition, certificate of authorised employment) has a residence card and
   * an address; a COE applicant may be abroad and gives the prefecture where they will live (it
   * decides the bureau) and their place of birth instead.
   */
  public List<String> missingFields(boolean inJapan) {
    return missingFields(inJapan, inJapan);
  }

  /**
   * As {@link #missingFields(boolean)}; the residence card number only when {@code hasCard} (an
   * applicant holding a status now: not an acquisition, whose applicant has no card yet).
   */
  public List<String> missingFields(boolean inJapan, boolean hasCard) {
    return RequiredField.missing(requiredFields(inJapan, hasCard));
  }

  /** The fields {@link #missingFields(boolean, boolean)} asks for, each filled or not (step 2). */
  List<RequiredField> requiredFields(boolean inJapan, boolean hasCard) {
    List<RequiredField> r = new ArrayList<>();
    int step = RequiredField.APPLICANT;
    RequiredField.need(r, step, "fullName", "氏名 / Name", fullName != null);
    RequiredField.need(r, step, "nationality", "国籍・地域 / Nationality", nationality != null);
    RequiredField.need(r, step, "dateOfBirth", "生年月日 / Date of birth", dateOfBirth != null);
    RequiredField.need(r, step, "sex", "性別 / Sex", sex != null);
    if (!inJapan) {
      RequiredField.need(r, step, "placeOfBirth", "出生地 / Place of birth", placeOfBirth != null);
    }
    RequiredField.need(r, step, "occupation", "職業 / Occupation", occupation != null);
    RequiredField.need(r, step, "phone", "電話番号 / Phone number", phone != null);
    RequiredField.need(r, step, "married", "配偶者の有無 / Marital status", married != null);
    RequiredField.need(
        r, step, "homeAddress", "本国における居住地 / Home-town address", homeAddress != null);
    if (hasCard) {
      RequiredField.need(
          r,
          step,
          "residenceCardNumber",
          "在留カード番号 / Residence card number",
          residenceCardNumber != null);
    }
    RequiredField.need(r, step, "prefecture", "都道府県 / Prefecture", prefecture != null);
    if (inJapan) {
      RequiredField.need(r, step, "addressLine", "住居地 / Address in Japan", addressLine != null);
    }
    return r;
  }

  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  public String placeOfBirth() {
    return placeOfBirth;
  }

  public String occupation() {
    return occupation;
  }

  public String phone() {
    return phone;
  }

  /** 配偶者の有無, if answered. */
  public Optional<Boolean> married() {
    return Optional.ofNullable(married);
  }

  public String homeAddress() {
    return homeAddress;
  }

  public String fullName() {
    return fullName;
  }

  public String nationality() {
    return nationality;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public Optional<ResidenceCardNumber> residenceCardNumber() {
    return Optional.ofNullable(residenceCardNumber).map(ResidenceCardNumber::new);
  }

  public String prefecture() {
    return prefecture;
  }

  public String addressLine() {
    return addressLine;
  }
}
