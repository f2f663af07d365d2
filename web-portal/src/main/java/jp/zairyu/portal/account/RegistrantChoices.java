package jp.zairyu.portal.account;

import java.util.List;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.UserKind;

/** The choices the registrant fields offer, shared by the registration and account pages. */
final class RegistrantChoices {

  private RegistrantChoices() {}

  static List<String> relationships(UserKind kind) {
    if (kind == null) {
      return List.of();
    }
    return (UserKind.RELATIVE.equals(kind.code())
            ? Registrant.RELATIVE_RELATIONSHIPS
            : Registrant.REPRESENTATIVE_RELATIONSHIPS)
        .stream().sorted().toList();
  }

  static String label(String relationship) {
    return switch (relationship) {
      case "SPOUSE" -> "配偶者 / Spouse";
      case "CHILD" -> "子 / Child";
      case "PARENT" -> "父母 / Father or mother";
      case "PARENT_WITH_CUSTODY" -> "親権者 / Parent with custody";
      case "GUARDIAN" -> "未成年後見人 / Guardian";
      default -> relationship;
    };
  }

  /** What a kind of user needs to register, one sentence in each language. */
  record Guidance(String ja, String en) {}

  /**
   * The guidance shown once a kind of user is chosen: {@code user-types.csv}'s needs and note (kept
   * verbatim there, in English and Japanese mixed) said as one sentence in each language. A kind
   * the table gains without a sentence here fails {@code RegistrantChoicesTest}.
   */
  static Guidance guidance(UserKind kind) {
    return switch (kind.code()) {
      case UserKind.LAWYER_SCRIVENER ->
          new Guidance(
              "届出済証明書（12桁の申請等取次者証明書番号が記載されたもの）を手元に用意し、住居地の欄には事務所の所在地を入力してください。",
              "Have your notification certificate with its 12-digit agent certificate number at"
                  + " hand, and enter your office's address in the address field.");
      case "ORG_STAFF" ->
          new Guidance(
              "所属機関が受けた申請等取次の承認（利用申出、有効期間3年）の承認番号と承認日を手元に用意してください（技能実習の場合は監理団体の職員が登録します）。",
              "Have the number and date of your organisation's approval to file applications"
                  + " (valid three years) at hand; for technical intern training, the staff of the"
                  + " supervising organisation register.");
      case "PUBLIC_INTEREST_CORP" ->
          new Guidance(
              "申請等取次者としての承認番号と、申請を依頼した所属機関（受入れ機関）の名称を手元に用意してください。",
              "Have your approval number as an agent and the name of the employing organisation"
                  + " that asked you to file at hand.");
      case "SUPPORT_ORG" ->
          new Guidance(
              "申請等取次者としての承認番号と、申請を依頼した所属機関（特定技能の受入れ機関ごとに1件）の名称を手元に用意してください。",
              "Have your approval number as an agent and the name of the employing organisation"
                  + " that asked you to file (one for each employer of specified skilled workers) at"
                  + " hand.");
      case "FOREIGN_NATIONAL" ->
          new Guidance(
              "中長期在留者の方が在留カード番号を用意して登録できます（外交・公用・短期滞在の方と、在留期間が3か月以下の方は登録できません）。",
              "Mid-to-long-term residents register with their residence card number (not those"
                  + " with a diplomatic, official or temporary visitor status, nor stays of three"
                  + " months or less).");
      case "LEGAL_REPRESENTATIVE" ->
          new Guidance(
              "申請人の親権者又は未成年後見人の方が、申請人との関係を選んで登録できます。",
              "A parent with custody or a guardian of the applicant registers, choosing the"
                  + " relationship to the applicant.");
      case UserKind.RELATIVE ->
          new Guidance(
              "申請人が16歳未満の場合又は病気その他の理由で本人が申請できない場合に限り、配偶者・子・父母の方が申請人との関係を選んで登録できます。",
              "A spouse, child, father or mother registers, choosing the relationship to the"
                  + " applicant, only when the applicant is under 16 or cannot apply through illness"
                  + " or another reason.");
      default -> throw new IllegalStateException("No registration guidance for " + kind.code());
    };
  }

  static boolean needs(UserKind kind, String field) {
    return kind != null && kind.requiredFields().contains(UserKind.Field.valueOf(field));
  }
}
