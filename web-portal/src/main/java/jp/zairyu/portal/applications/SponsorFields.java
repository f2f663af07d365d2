package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.application.FormDetails;

/**
 * Step 5 of the draft's wizard: the employer, school or spouse of the form's part ({@code
 * #{draftPage.sponsor.name}}), as typed. Which of these fields a part asks is the domain's ({@code
 * FormSection}); this holds them between requests and hands them over as {@link
 * FormDetails.Sponsor}.
 */
public class SponsorFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String address;
  private String phone;
  private String detail;
  private LocalDate dateOfBirth;
  private String nationality;
  private String cardNumber;
  private Integer annualIncomeYen;

  /**
   * The draft's sponsor as stored, an earlier application's employer, or the cleared fields ({@link
   * FormDetails.Sponsor#EMPTY}).
   */
  void fill(FormDetails.Sponsor s) {
    name = s.name();
    address = s.address();
    phone = s.phone();
    detail = s.detail();
    dateOfBirth = s.dateOfBirth();
    nationality = s.nationality();
    cardNumber = s.residenceCardNumber();
    annualIncomeYen = s.annualIncomeYen();
  }

  FormDetails.Sponsor details() {
    return new FormDetails.Sponsor(
        name, address, phone, detail, dateOfBirth, nationality, cardNumber, annualIncomeYen);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getCardNumber() {
    return cardNumber;
  }

  public void setCardNumber(String cardNumber) {
    this.cardNumber = cardNumber;
  }

  public Integer getAnnualIncomeYen() {
    return annualIncomeYen;
  }

  public void setAnnualIncomeYen(Integer annualIncomeYen) {
    this.annualIncomeYen = annualIncomeYen;
  }
}
