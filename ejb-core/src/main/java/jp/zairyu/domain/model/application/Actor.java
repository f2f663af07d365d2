package jp.zairyu.domain.model.application;

/** Who may take an action of the {@link Lifecycle} table. */
public enum Actor {
  /** The practitioner who files the application (its author). */
  AUTHOR,
  /** The examiner the case is assigned to. */
  EXAMINER,
  /** Any examiner or supervisor of the case's bureau. */
  OFFICER,
  /** A supervisor of the case's bureau. */
  SUPERVISOR,
  /** The system itself (routing after submission). */
  SYSTEM
}
