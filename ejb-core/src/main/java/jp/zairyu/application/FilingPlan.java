package jp.zairyu.application;

import jp.zairyu.domain.model.application.Filing;

/**
 * What a draft files besides the applicant's details, as a form gives it: add-ons, the current and
 * the desired status of residence (code and sub-type; null when not applicable) and a relative's
 * declaration.
 */
public record FilingPlan(
    Filing.Reentry reentry,
    boolean activityOutside,
    String currentStatus,
    String currentSubtype,
    String desiredStatus,
    String desiredSubtype,
    boolean relativeDeclaration) {}
