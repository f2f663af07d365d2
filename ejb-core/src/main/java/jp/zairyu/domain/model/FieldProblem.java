package jp.zairyu.domain.model;

/**
 * What is wrong with one input field, in Japanese and English, with the field's label so that a
 * page can show the message next to the form without knowing the rule.
 *
 * @param field the field's name in the model (e.g. {@code phone})
 * @param labelJa the field's label in Japanese
 * @param labelEn the field's label in English
 * @param messageJa what is wrong, in Japanese
 * @param messageEn what is wrong, in English
 */
public record FieldProblem(
    String field, String labelJa, String labelEn, String messageJa, String messageEn) {

  /** "Label: message" in Japanese, then in English. */
  public String bilingual() {
    return labelJa + "：" + messageJa + " / " + labelEn + ": " + messageEn;
  }
}
