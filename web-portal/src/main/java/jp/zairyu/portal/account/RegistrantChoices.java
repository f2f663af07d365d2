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

  static boolean needs(UserKind kind, String field) {
    return kind != null && kind.requiredFields().contains(UserKind.Field.valueOf(field));
  }
}
