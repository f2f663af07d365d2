package jp.zairyu.application;

/**
 * Port: renders the documents of an application as PDF, from read models that already hold every
 * text to print (Japanese with English). Implementations keep no state between calls and may be
 * called concurrently; each call returns a complete, self-contained PDF (fonts embedded).
 */
public interface ApplicationDocuments {

  /** The application form (申請書) in the official layout, with the face photo if attached. */
  byte[] applicationForm(ApplicationForm form);

  /** The fee slip (手数料納付書) with the box for the revenue stamps. */
  byte[] feeSlip(FeeSlip slip);

  /** An electronic certificate of eligibility (在留資格認定証明書, 電子交付). */
  byte[] electronicCoe(ElectronicCoe certificate);
}
