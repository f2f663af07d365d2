package jp.zairyu.application;

/** The security roles of the two front ends. A user never holds roles of both. */
public final class Roles {

  public static final String PRACTITIONER = "PRACTITIONER";
  public static final String EXAMINER = "EXAMINER";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
