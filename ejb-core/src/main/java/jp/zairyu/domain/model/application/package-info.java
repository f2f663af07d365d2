/**
 * The residence application aggregate: {@link jp.zairyu.domain.model.application.Application} with
 * its applicant, receipt number and state machine, and the procedures of {@code procedures.csv}.
 *
 * <p>{@code Application} keeps identity, state and the transitions; each transition moves along one
 * row of the {@link jp.zairyu.domain.model.application.Lifecycle} table (state × action → state,
 * and who may take it). What the aggregate holds besides lives in classes of its own, each with its
 * rules, mapped to the same tables and columns: the official form ({@link
 * jp.zairyu.domain.model.application.FormContent}), the issuance ({@link
 * jp.zairyu.domain.model.application.Issuance}), the requests for documents, corrections and the
 * proposals to deny ({@link jp.zairyu.domain.model.application.DocumentRequests}, {@link
 * jp.zairyu.domain.model.application.CorrectionRequests}, {@link
 * jp.zairyu.domain.model.application.DenialProposals}).
 *
 * <p><b>Editing the form.</b> {@code application.form()} reads the form in any state; to change it
 * a caller asks for {@code application.edit()}, an {@link
 * jp.zairyu.domain.model.application.EditableForm} handed out only while the application is a draft
 * ({@code application.state.revise} otherwise). Each of its changes asks the application once more
 * (a form held across a submission is refused) and stamps the application's {@code updatedAt}, so
 * "only a draft can be edited" stays the aggregate's rule while the form's fields and their rules
 * stay out of it: {@code draft.edit().deliverTo(ResultReceipt.MAIL, email, now)}.
 *
 * <p><b>Steps that leave the state as it is.</b> The same holds for the steps the table allows
 * without changing the state: they are taken on the part they record in, which asks the aggregate
 * first (the table's row, the officer's bureau, the case's examiner) and stamps its {@code
 * updatedAt}: {@code application.denials().propose(examiner, reason, now)} and {@code sendBack(…)},
 * {@code application.corrections().request(…)} and {@code acknowledge(…)}, {@code
 * application.mailIn().recordSending(…)} and {@code recordReceipt(…)} ({@link
 * jp.zairyu.domain.model.application.MailIn}), {@code application.files().attach(…)} and {@code
 * detach(…)} ({@link jp.zairyu.domain.model.application.AttachedFiles}). Every change of state
 * ({@code submit}, {@code routeTo}, {@code approve}, {@code confirmDenial}, {@code issue}…) is a
 * method of {@code Application}. Where a case is examined and by whom is read as {@code
 * application.routing()} ({@link jp.zairyu.domain.model.application.Routing}).
 */
package jp.zairyu.domain.model.application;
