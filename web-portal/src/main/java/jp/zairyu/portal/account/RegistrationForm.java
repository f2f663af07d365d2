package jp.zairyu.portal.account;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.domain.model.account.Registrant;

/** The fields of a registrant as a form binds them (registration and the account page). */
public class RegistrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String fullNameKana;
  private String email;
  private String phone;
  private String postalCode;
  private String address;
  private String certificateNumber;
  private LocalDate certificateExpiry;
  private String unitAssociation;
  private String organisationName;
  private String approvalNumber;
  private LocalDate approvalDate;
  private String requestingOrganisation;
  private String residenceCardNumber;
  private String relationship;

  static RegistrationForm of(Registrant r) {
    RegistrationForm f = new RegistrationForm();
    f.fullName = r.fullName();
    f.fullNameKana = r.fullNameKana();
    f.email = r.email();
    f.phone = r.phone();
    f.postalCode = r.postalCode();
    f.address = r.address();
    f.certificateNumber = r.certificateNumber();
    f.certificateExpiry = r.certificateExpiry();
    f.unitAssociation = r.unitAssociation();
    f.organisationName = r.organisationName();
    f.approvalNumber = r.approvalNumber();
    f.approvalDate = r.approvalDate();
    f.requestingOrganisation = r.requestingOrganisation();
    f.residenceCardNumber = r.residenceCardNumber();
    f.relationship = r.relationship();
    return f;
  }

  Registrant.Form toForm() {
    return new Registrant.Form(
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

  public LocalDate getApprovalDate() {
    return approvalDate;
  }

  public void setApprovalDate(LocalDate v) {
    approvalDate = v;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String v) {
    fullName = v;
  }

  public String getFullNameKana() {
    return fullNameKana;
  }

  public void setFullNameKana(String v) {
    fullNameKana = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String v) {
    postalCode = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public void setCertificateNumber(String v) {
    certificateNumber = v;
  }

  public LocalDate getCertificateExpiry() {
    return certificateExpiry;
  }

  public void setCertificateExpiry(LocalDate v) {
    certificateExpiry = v;
  }

  public String getUnitAssociation() {
    return unitAssociation;
  }

  public void setUnitAssociation(String v) {
    unitAssociation = v;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String v) {
    organisationName = v;
  }

  public String getApprovalNumber() {
    return approvalNumber;
  }

  public void setApprovalNumber(String v) {
    approvalNumber = v;
  }

  public String getRequestingOrganisation() {
    return requestingOrganisation;
  }

  public void setRequestingOrganisation(String v) {
    requestingOrganisation = v;
  }

  public String getResidenceCardNumber() {
    return residenceCardNumber;
  }

  public void setResidenceCardNumber(String v) {
    residenceCardNumber = v;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String v) {
    relationship = v;
  }
}
