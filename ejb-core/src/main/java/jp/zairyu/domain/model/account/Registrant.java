package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import jp.zairyu.domain.model.account.UserKind.Field;
import jp.zairyu.domain.model.application.ResidenceCardNumber;

/**
 * Who a user is, as registered (利用者情報): the fields every kind of user gives and those its kind
 * requires ({@link UserKind#requiredFields()}). Built only through {@link #of}, which normalises
 * what a person typed (full-width digits, blanks) and refuses anything malformed with one message
 * per field.
 */
@Embeddable
public class Registrant implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}ー・\\s]+");
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern PHONE = Pattern.compile("(?:0\\d{9,10}|\\+81\\d{9,10})");
  private static final Pattern POSTAL = Pattern.compile("(\\d{3})-?(\\d{4})");
  private static final Pattern CERTIFICATE = Pattern.compile("\\d{12}");
  private static final Pattern APPROVAL = Pattern.compile("[A-Za-z0-9\\-]{1,40}");

  /** Relationships a relative may have to the applicant, and those of a legal representative. */
  public static final Set<String> RELATIVE_RELATIONSHIPS = Set.of("SPOUSE", "CHILD", "PARENT");

  public static final Set<String> REPRESENTATIVE_RELATIONSHIPS =
      Set.of("PARENT_WITH_CUSTODY", "GUARDIAN");

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "full_name_kana")
  private String fullNameKana;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "phone")
  private String phone;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "address")
  private String address;

  @Column(name = "certificate_number")
  private String certificateNumber;

  @Column(name = "certificate_expiry")
  private LocalDate certificateExpiry;

  @Column(name = "unit_association")
  private String unitAssociation;

  @Column(name = "organisation_name")
  private String organisationName;

  @Column(name = "approval_number")
  private String approvalNumber;

  @Column(name = "approval_date")
  private LocalDate approvalDate;

  @Column(name = "approval_expiry")
  private LocalDate approvalExpiry;

  @Column(name = "requesting_organisation")
  private String requestingOrganisation;

  @Column(name = "residence_card_number")
  private String residenceCardNumber;

  @Column(name = "relationship")
  private String relationship;

  protected Registrant() {}

  /** What a registration form carries, as typed. */
  public record Form(
      String fullName,
      String fullNameKana,
      String email,
      String phone,
      String postalCode,
      String address,
      String certificateNumber,
      LocalDate certificateExpiry,
      String unitAssociation,
      String organisationName,
      String approvalNumber,
      String requestingOrganisation,
      String residenceCardNumber,
      String relationship,
      LocalDate approvalDate) {}

  /** How long an organisation's approval (申請等取次承認) is valid. */
  public static final Period APPROVAL_VALIDITY = Period.ofYears(3);

  /**
   * Checks and normalises a form for a kind of user. Fields the kind does not use are dropped.
   *
   * @throws InvalidInput listing every field that is missing or malformed
   */
  public static Registrant of(UserKind kind, Form form, LocalDate today) {
    Problems p = new Problems();
    Registrant r = new Registrant();
    r.fullName = p.text(form.fullName(), "fullName", "氏名", "Name", 100);
    r.fullNameKana = p.text(form.fullNameKana(), "fullNameKana", "氏名（カナ）", "Name in katakana", 100);
    if (r.fullNameKana != null && !KANA.matcher(r.fullNameKana).matches()) {
      p.add(
          "fullNameKana",
          "氏名（カナ）",
          "Name in katakana",
          "全角カタカナで入力してください。",
          "Use full-width katakana.");
    }
    r.email = p.text(form.email(), "email", "メールアドレス", "Mail address", 254);
    if (r.email != null) {
      r.email = normaliseEmail(r.email);
      if (!EMAIL.matcher(r.email).matches()) {
        p.add(
            "email",
            "メールアドレス",
            "Mail address",
            "メールアドレスの形式が正しくありません（例: name@example.jp）。",
            "This is not a valid mail address (e.g. name@example.jp).");
      }
    }
    r.phone = p.text(form.phone(), "phone", "電話番号", "Phone number", 20);
    if (r.phone != null) {
      r.phone = r.phone.replaceAll("[\\s\\-()]", "");
      if (!PHONE.matcher(r.phone).matches()) {
        p.add(
            "phone",
            "電話番号",
            "Phone number",
            "0から始まる10桁または11桁の数字で入力してください（ハイフン可）。",
            "Enter 10 or 11 digits starting with 0 (hyphens allowed).");
      }
    }
    r.postalCode = p.text(form.postalCode(), "postalCode", "郵便番号", "Postal code", 8);
    if (r.postalCode != null) {
      var m = POSTAL.matcher(r.postalCode);
      if (m.matches()) {
        r.postalCode = m.group(1) + "-" + m.group(2);
      } else {
        p.add(
            "postalCode",
            "郵便番号",
            "Postal code",
            "7桁の数字で入力してください（例: 100-0001）。",
            "Enter 7 digits (e.g. 100-0001).");
      }
    }
    String addressJa = kind.addressIsOffice() ? "事務所の所在地" : "住居地";
    String addressEn = kind.addressIsOffice() ? "Office address" : "Address";
    r.address = p.text(form.address(), "address", addressJa, addressEn, 300);

    Set<Field> needed = kind.requiredFields();
    if (needed.contains(Field.CERTIFICATE_NUMBER)) {
      r.certificateNumber =
          p.text(
              form.certificateNumber(),
              "certificateNumber",
              "申請等取次者証明書番号",
              "Agent certificate number",
              20);
      if (r.certificateNumber != null) {
        r.certificateNumber = r.certificateNumber.replaceAll("[\\s\\-]", "");
        if (!CERTIFICATE.matcher(r.certificateNumber).matches()) {
          p.add(
              "certificateNumber",
              "申請等取次者証明書番号",
              "Agent certificate number",
              "届出済証明書に記載の12桁の数字で入力してください。",
              "Enter the 12 digits printed on the notification certificate.");
        }
      }
    }
    if (needed.contains(Field.CERTIFICATE_EXPIRY)) {
      r.certificateExpiry = form.certificateExpiry();
      if (r.certificateExpiry == null) {
        p.missing("certificateExpiry", "証明書の有効期限", "Certificate expiry date");
      } else if (r.certificateExpiry.isBefore(today.minusYears(10))
          || r.certificateExpiry.isAfter(today.plusYears(10))) {
        p.add(
            "certificateExpiry",
            "証明書の有効期限",
            "Certificate expiry date",
            "届出済証明書に記載の有効期限を入力してください。",
            "Enter the expiry date printed on the notification certificate.");
      }
    }
    if (needed.contains(Field.UNIT_ASSOCIATION)) {
      r.unitAssociation =
          p.text(form.unitAssociation(), "unitAssociation", "所属する単位会", "Bar or association", 100);
    }
    if (needed.contains(Field.ORGANISATION_NAME)) {
      r.organisationName =
          p.text(form.organisationName(), "organisationName", "所属機関名", "Organisation", 200);
    }
    if (needed.contains(Field.APPROVAL_NUMBER)) {
      r.approvalNumber =
          p.text(form.approvalNumber(), "approvalNumber", "承認番号", "Approval number", 40);
      if (r.approvalNumber != null && !APPROVAL.matcher(r.approvalNumber).matches()) {
        p.add(
            "approvalNumber",
            "承認番号",
            "Approval number",
            "半角英数字とハイフンで入力してください。",
            "Use letters, digits and hyphens.");
      }
    }
    if (needed.contains(Field.APPROVAL_DATE)) {
      r.approvalDate = form.approvalDate();
      if (r.approvalDate == null) {
        p.missing("approvalDate", "承認日", "Date of approval");
      } else if (r.approvalDate.isAfter(today)) {
        p.add(
            "approvalDate",
            "承認日",
            "Date of approval",
            "承認日に将来の日付は入力できません。承認通知書の日付を入力してください。",
            "The date of approval cannot be in the future; enter the date on the approval notice.");
      } else {
        r.approvalExpiry = approvalExpiry(r.approvalDate);
        if (r.approvalExpiry.isBefore(today)) {
          p.add(
              "approvalDate",
              "承認日",
              "Date of approval",
              "承認の有効期間（3年）が過ぎています。新しい承認を受けてから登録してください。",
              "The approval is valid for three years and has lapsed; register once it is renewed.");
        }
      }
    }
    if (needed.contains(Field.REQUESTING_ORGANISATION)) {
      r.requestingOrganisation =
          p.text(
              form.requestingOrganisation(),
              "requestingOrganisation",
              "依頼元の所属機関",
              "Requesting organisation",
              200);
    }
    if (needed.contains(Field.RESIDENCE_CARD_NUMBER)) {
      String card =
          p.text(
              form.residenceCardNumber(),
              "residenceCardNumber",
              "在留カード番号",
              "Residence card number",
              20);
      if (card != null) {
        if (ResidenceCardNumber.isValid(card)) {
          r.residenceCardNumber = ResidenceCardNumber.parse(card).value();
        } else {
          p.add(
              "residenceCardNumber",
              "在留カード番号",
              "Residence card number",
              "英字2文字・数字8桁・英字2文字で入力してください（例: AB12345678CD）。",
              "Enter 2 letters, 8 digits, 2 letters (e.g. AB12345678CD).");
        }
      }
    }
    if (needed.contains(Field.RELATIONSHIP)) {
      Set<String> allowed =
          UserKind.RELATIVE.equals(kind.code())
              ? RELATIVE_RELATIONSHIPS
              : REPRESENTATIVE_RELATIONSHIPS;
      r.relationship =
          p.text(
              form.relationship(), "relationship", "申請人との関係", "Relationship to the applicant", 24);
      if (r.relationship != null && !allowed.contains(r.relationship)) {
        p.add(
            "relationship",
            "申請人との関係",
            "Relationship to the applicant",
            "一覧から選んでください。",
            "Choose one from the list.");
      }
    }
    p.throwIfAny();
    return r;
  }

  /**
   * A mail address as typed, normalised, or a refusal that says what is wrong (used where an
   * address is entered on its own: a new address, an invitation).
   */
  public static String email(String typed) {
    Problems p = new Problems();
    String e = p.text(typed, "email", "メールアドレス", "Mail address", 254);
    if (e != null) {
      e = normaliseEmail(e);
      if (!EMAIL.matcher(e).matches()) {
        p.add(
            "email",
            "メールアドレス",
            "Mail address",
            "メールアドレスの形式が正しくありません（例: name@example.jp）。",
            "This is not a valid mail address (e.g. name@example.jp).");
      }
    }
    p.throwIfAny();
    return e;
  }

  /**
   * The last day an approval granted on {@code date} is valid: three years, so the day before the
   * third anniversary (granted 2024-04-01, valid through 2027-03-31); granted on 29 February,
   * through 28 February (民法第143条第2項).
   */
  public static LocalDate approvalExpiry(LocalDate date) {
    LocalDate anniversary = date.plus(APPROVAL_VALIDITY);
    // 民法第143条第2項: with no corresponding day in the last year (granted on 29 February), the
    // period ends on the last day of that month, 28 February, not the day before it.
    return anniversary.getDayOfMonth() != date.getDayOfMonth()
        ? anniversary
        : anniversary.minusDays(1);
  }

  /**
   * Whether two normalised mail addresses name the same mailbox: the domain compared without case
   * (DNS names are case-insensitive), the local part exactly (RFC 5321 lets the receiving system
   * treat it as case-sensitive, so a different case may be another mailbox).
   */
  public static boolean sameMailbox(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return normaliseEmail(a.strip()).equals(normaliseEmail(b.strip()));
  }

  /** Lower-cases the domain part only (the local part may be case-sensitive). */
  static String normaliseEmail(String email) {
    int at = email.lastIndexOf('@');
    return at < 0 ? email : email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
  }

  /** Collects the problems of one form. */
  private static final class Problems {
    private final List<FieldProblem> list = new ArrayList<>();

    String text(String value, String field, String labelJa, String labelEn, int max) {
      String v = value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
      if (v == null || v.isEmpty()) {
        missing(field, labelJa, labelEn);
        return null;
      }
      if (v.length() > max) {
        add(field, labelJa, labelEn, max + "文字以内で入力してください。", "Use at most " + max + " characters.");
        return null;
      }
      if (v.chars().anyMatch(Character::isISOControl)) {
        add(field, labelJa, labelEn, "制御文字は使えません。", "Control characters are not allowed.");
        return null;
      }
      return v;
    }

    void missing(String field, String labelJa, String labelEn) {
      add(field, labelJa, labelEn, "入力してください。", "This field is required.");
    }

    void add(String field, String labelJa, String labelEn, String ja, String en) {
      list.add(new FieldProblem(field, labelJa, labelEn, ja, en));
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new InvalidInput(list);
      }
    }
  }

  public String fullName() {
    return fullName;
  }

  public String fullNameKana() {
    return fullNameKana;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String postalCode() {
    return postalCode;
  }

  public String address() {
    return address;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public LocalDate certificateExpiry() {
    return certificateExpiry;
  }

  public String unitAssociation() {
    return unitAssociation;
  }

  public String organisationName() {
    return organisationName;
  }

  public String approvalNumber() {
    return approvalNumber;
  }

  public String requestingOrganisation() {
    return requestingOrganisation;
  }

  /** The date of the organisation's approval, for the kinds that have one. */
  public LocalDate approvalDate() {
    return approvalDate;
  }

  /** The last day the organisation's approval is valid, for the kinds that have one. */
  public LocalDate approvalExpiry() {
    return approvalExpiry;
  }

  public String residenceCardNumber() {
    return residenceCardNumber;
  }

  public String relationship() {
    return relationship;
  }

  /** A copy with the agent certificate's expiry as the registry now has it. */
  Registrant withCertificateExpiry(LocalDate expiry) {
    Registrant copy = copy();
    copy.certificateExpiry = expiry;
    return copy;
  }

  /** A copy with another mail address (after the new address has been confirmed). */
  Registrant withEmail(String newEmail) {
    Registrant copy = copy();
    copy.email = newEmail;
    return copy;
  }

  /** The form this registrant would have been built from (for editing). */
  public Form toForm() {
    return new Form(
        fullName,
        fullNameKana,
        email,
        phone,
        postalCode,
        address,
        certificateNumber,
        certificateExpiry,
        unitAssociation,
        organisationName,
        approvalNumber,
        requestingOrganisation,
        residenceCardNumber,
        relationship,
        approvalDate);
  }

  Registrant copy() {
    Registrant c = new Registrant();
    c.fullName = fullName;
    c.fullNameKana = fullNameKana;
    c.email = email;
    c.phone = phone;
    c.postalCode = postalCode;
    c.address = address;
    c.certificateNumber = certificateNumber;
    c.certificateExpiry = certificateExpiry;
    c.unitAssociation = unitAssociation;
    c.organisationName = organisationName;
    c.approvalNumber = approvalNumber;
    c.approvalDate = approvalDate;
    c.approvalExpiry = approvalExpiry;
    c.requestingOrganisation = requestingOrganisation;
    c.residenceCardNumber = residenceCardNumber;
    c.relationship = relationship;
    return c;
  }
}
