package jp.zairyu.domain.model.account;

/** What an officer of a regional bureau may do in the console. */
public enum OfficerRole {
  EXAMINER,
  SUPERVISOR,
  ADMIN
}
