package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.application.FormDetails;

/**
 * Step 3 of the draft's wizard (旅券・在留): passport, periods of stay, reason, criminal record and a
 * COE's entry, as typed ({@code #{draftPage.stay.reason}}). Which of them the filing asks is {@link
 * DraftPage}'s to say (from the procedure); the rules are the domain's.
 */
public class StayFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String passportNumber;
  private LocalDate passportExpiry;
  private Integer currentPeriodMonths;
  private LocalDate currentExpiry;
  private Integer desiredPeriodMonths;
  private String reason;
  private Boolean criminalRecord;
  private String criminalDetails;
  private String entryPort;
  private LocalDate entryDate;

  /** The draft's passport and stay, as stored. */
  void load(FormDetails f) {
    passportNumber = f.passportNumber();
    passportExpiry = f.passportExpiry();
    currentPeriodMonths = f.currentPeriodMonths();
    currentExpiry = f.currentExpiry();
    desiredPeriodMonths = f.desiredPeriodMonths();
    reason = f.reason();
    criminalRecord = f.criminalRecord();
    criminalDetails = f.criminalDetails();
    entryPort = f.entryPort();
    entryDate = f.entryDate();
  }

  /** An earlier application's passport, copied while it is still valid on {@code today}. */
  void fillPassport(String number, LocalDate expiry, LocalDate today) {
    if (expiry == null || expiry.isAfter(today)) {
      passportNumber = number;
      passportExpiry = expiry;
    }
  }

  /** A status held indefinitely (無期限) has no months or date of expiry: none is kept. */
  void clearCurrentPeriod() {
    currentPeriodMonths = null;
    currentExpiry = null;
  }

  public String getPassportNumber() {
    return passportNumber;
  }

  public void setPassportNumber(String passportNumber) {
    this.passportNumber = passportNumber;
  }

  public LocalDate getPassportExpiry() {
    return passportExpiry;
  }

  public void setPassportExpiry(LocalDate passportExpiry) {
    this.passportExpiry = passportExpiry;
  }

  public Integer getCurrentPeriodMonths() {
    return currentPeriodMonths;
  }

  public void setCurrentPeriodMonths(Integer currentPeriodMonths) {
    this.currentPeriodMonths = currentPeriodMonths;
  }

  public LocalDate getCurrentExpiry() {
    return currentExpiry;
  }

  public void setCurrentExpiry(LocalDate currentExpiry) {
    this.currentExpiry = currentExpiry;
  }

  public Integer getDesiredPeriodMonths() {
    return desiredPeriodMonths;
  }

  public void setDesiredPeriodMonths(Integer desiredPeriodMonths) {
    this.desiredPeriodMonths = desiredPeriodMonths;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Boolean getCriminalRecord() {
    return criminalRecord;
  }

  public void setCriminalRecord(Boolean criminalRecord) {
    this.criminalRecord = criminalRecord;
  }

  public String getCriminalDetails() {
    return criminalDetails;
  }

  public void setCriminalDetails(String criminalDetails) {
    this.criminalDetails = criminalDetails;
  }

  public String getEntryPort() {
    return entryPort;
  }

  public void setEntryPort(String entryPort) {
    this.entryPort = entryPort;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public void setEntryDate(LocalDate entryDate) {
    this.entryDate = entryDate;
  }
}
