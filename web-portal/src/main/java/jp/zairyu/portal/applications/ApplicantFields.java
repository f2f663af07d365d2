package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.application.ApplicantDetails;
import jp.zairyu.domain.model.application.Sex;

/**
 * Step 2 of the draft's wizard (申請人): the applicant's fields as typed, held by {@link DraftPage}
 * between requests ({@code #{draftPage.applicant.fullName}}). Read from the draft, filled from an
 * earlier application, and given to the service as {@link ApplicantDetails}; the rules are the
 * domain's.
 */
public class ApplicantFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String nationality;
  private LocalDate dateOfBirth;
  private Sex sex;
  private String placeOfBirth;
  private String occupation;
  private String phone;
  private Boolean married;
  private String homeAddress;
  private String residenceCardNumber;
  private String prefecture;
  private String addressLine;

  /**
   * The draft's applicant as stored, or an earlier application's applicant copied into the form
   * (saved with the next save).
   */
  void fill(ApplicantDetails a) {
    fullName = a.fullName();
    nationality = a.nationality();
    dateOfBirth = a.dateOfBirth();
    sex = a.sex();
    placeOfBirth = a.placeOfBirth();
    occupation = a.occupation();
    phone = a.phone();
    married = a.married();
    homeAddress = a.homeAddress();
    residenceCardNumber = a.residenceCardNumber();
    prefecture = a.prefecture();
    addressLine = a.addressLine();
  }

  /**
   * What the service stores.
   *
   * @param cardAsked whether the procedure asks a residence card (an acquisition's applicant has
   *     none yet: what was typed is not sent)
   */
  ApplicantDetails details(boolean cardAsked) {
    return new ApplicantDetails(
        fullName,
        nationality,
        dateOfBirth,
        sex,
        placeOfBirth,
        occupation,
        phone,
        married,
        homeAddress,
        cardAsked ? residenceCardNumber : null,
        prefecture,
        addressLine);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getPlaceOfBirth() {
    return placeOfBirth;
  }

  public void setPlaceOfBirth(String placeOfBirth) {
    this.placeOfBirth = placeOfBirth;
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Boolean getMarried() {
    return married;
  }

  public void setMarried(Boolean married) {
    this.married = married;
  }

  public String getHomeAddress() {
    return homeAddress;
  }

  public void setHomeAddress(String homeAddress) {
    this.homeAddress = homeAddress;
  }

  public String getResidenceCardNumber() {
    return residenceCardNumber;
  }

  public void setResidenceCardNumber(String residenceCardNumber) {
    this.residenceCardNumber = residenceCardNumber;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }
}
