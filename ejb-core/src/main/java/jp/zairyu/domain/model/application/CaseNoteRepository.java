package jp.zairyu.domain.model.application;

import java.util.List;

/** The notes between officers on the cases. */
public interface CaseNoteRepository {

  void add(CaseNote note);

  /** The notes on an application, newest first, at most {@code limit}. */
  List<CaseNote> of(long applicationId, int limit);
}
