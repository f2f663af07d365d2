package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;

/**
 * Who asks which actions an application offers them ({@link Application#actionsFor}): a
 * practitioner by id, or an officer with their role and bureau.
 */
public record Caller(Long practitionerId, Long officerId, OfficerRole role, String bureauCode) {

  public static Caller practitioner(long id) {
    return new Caller(id, null, null, null);
  }

  public static Caller officer(Officer officer) {
    return new Caller(null, officer.id(), officer.role(), officer.bureauCode());
  }

  /** An examiner or supervisor (an ADMIN does not examine). */
  boolean examines() {
    return role == OfficerRole.EXAMINER || role == OfficerRole.SUPERVISOR;
  }
}
