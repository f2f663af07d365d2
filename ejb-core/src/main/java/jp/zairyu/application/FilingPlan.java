package jp.zairyu.application;

import jp.zairyu.domain.model.application.ApplicantLocation;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.ResultReceipt;

/**
 * What a draft files besides the applicant's details, as a form gives it: add-ons, the current and
 * the desired status of residence (code and sub-type; null when not applicable) and a relative's
 * declaration; how the result is received and the foreign national's own mail address; where the
 * applicant is on the day of filing and, for an acquisition, the event and its date.
 *
 * @param relativeReason why the applicant cannot file, with a relative's declaration (else null)
 * @param applicantLocation null while not answered
 * @param acquisitionEvent a code of {@code acquisition-events.csv}, null when not given or not
 *     asked
 */
public record FilingPlan(
    Filing.Reentry reentry,
    boolean activityOutside,
    String currentStatus,
    String currentSubtype,
    String desiredStatus,
    String desiredSubtype,
    boolean relativeDeclaration,
    String relativeReason,
    ResultReceipt resultReceipt,
    String applicantEmail,
    ApplicantLocation applicantLocation,
    String acquisitionEvent,
    java.time.LocalDate acquisitionEventDate) {}
