package jp.zairyu.domain.model.application;

/** Whether a kind of user may file a procedure ({@code user-procedures.csv}). */
public enum FilingPermission {
  YES,
  NO,
  /** Relatives: only when the applicant is under 16 or cannot apply through illness or the like. */
  CONDITIONAL;

  /** What the table says for this kind of user and procedure; NO when it says nothing. */
  public static FilingPermission of(String userKind, String procedureCode) {
    return Procedure.byCode(procedureCode).map(p -> p.permissionFor(userKind)).orElse(NO);
  }
}
