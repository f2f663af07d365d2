package jp.zairyu.domain.model.application;

import java.lang.reflect.Field;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;

/** Officers as the database would give them back: with an id. */
final class TestOfficers {

  private TestOfficers() {}

  static Officer officer(long id, String bureau, OfficerRole role) {
    Officer officer = new Officer("o" + id, "hash", "officer", bureau, role);
    return withId(officer, Officer.class, id);
  }

  static Officer examiner(long id, String bureau) {
    return officer(id, bureau, OfficerRole.EXAMINER);
  }

  /** Sets the generated id of an entity, as persisting it would. */
  static <T> T withId(T entity, Class<? super T> type, long id) {
    try {
      Field field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
