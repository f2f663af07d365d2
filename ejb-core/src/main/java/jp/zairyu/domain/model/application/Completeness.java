package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachments;

/**
 * What a draft still lacks to be submitted, read as {@code application.completeness()}: every field
 * its procedure and its form's parts ask ({@link FormCompleteness}), and the face photo when the
 * domain asks for one ({@link FormContent#needsFacePhoto}). The {@link Application} refuses to
 * submit what is not complete ({@code checkComplete}).
 */
public final class Completeness {

  private final Procedure procedure;
  private final FormContent form;

  Completeness(Procedure procedure, FormContent form) {
    this.procedure = procedure;
    this.form = form;
  }

  /** Labels (Japanese / English) of every field still missing for submission. */
  public List<String> missingFields() {
    return FormCompleteness.missingFields(procedure, form);
  }

  /**
   * Every field submission needs ({@link #missingFields} names those not filled), each on its step
   * of the portal's form.
   */
  public List<RequiredField> requiredFields() {
    return FormCompleteness.requiredFields(procedure, form);
  }

  /**
   * What this draft still lacks to be submitted on {@code today}, as its check list names it: every
   * missing field ({@link #missingFields}), then the face photo when the domain asks for one and
   * none is attached. Empty when {@link #check(LocalDate, Attachments)} would find nothing missing.
   */
  public List<String> stillNeeded(LocalDate today, Attachments attachments) {
    List<String> needed = new ArrayList<>(missingFields());
    if (facePhotoMissing(today, attachments)) {
      needed.add("顔写真の添付 / Face photo");
    }
    return List.copyOf(needed);
  }

  /** The form's completeness and its dates on {@code today} (without the attachments). */
  void check(LocalDate today) {
    FormCompleteness.check(procedure, form, today);
    ReceivingRules.standard().check(form.filing(procedure), form.resultReceipt().orElse(null));
  }

  /**
   * As {@link #check(LocalDate)}, and the face photo attached when the domain asks for one: every
   * missing field of the form is named.
   */
  void check(LocalDate today, Attachments attachments) {
    check(today);
    if (facePhotoMissing(today, attachments)) {
      throw new RuleViolation(
          "application.face-photo",
          "申請人が16歳以上のため、顔写真の添付が必要です。添付ファイルの画面で顔写真を添付してください。",
          "The applicant is 16 or older: attach the face photo (on the attachments page) before"
              + " submitting.");
    }
  }

  /** The domain asks for a face photo on {@code today} and none is attached. */
  private boolean facePhotoMissing(LocalDate today, Attachments attachments) {
    return form.needsFacePhoto(today) && !attachments.hasFacePhoto();
  }
}
