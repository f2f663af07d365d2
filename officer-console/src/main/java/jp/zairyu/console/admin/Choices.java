package jp.zairyu.console.admin;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/** The bureaus and roles an ADMIN chooses from, and how officers' values read. */
final class Choices {

  private Choices() {}

  static List<SelectItem> bureaus() {
    return BureauDirectory.standard().all().stream()
        .map(b -> new SelectItem(b.code(), b.nameJa() + " / " + b.nameEn()))
        .toList();
  }

  static List<SelectItem> roles() {
    return Arrays.stream(OfficerRole.values()).map(r -> new SelectItem(r.name(), role(r))).toList();
  }

  static String role(OfficerRole role) {
    return switch (role) {
      case EXAMINER -> "審査官 / Examiner";
      case SUPERVISOR -> "統括審査官 / Supervisor";
      case ADMIN -> "システム管理者 / Administrator";
    };
  }

  static String bureau(String code) {
    return BureauDirectory.standard()
        .byCode(code)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse(code);
  }

  static String status(Officer o) {
    return o.active() ? "有効 / Active" : "無効 / Disabled";
  }

  static OfficerRole roleOf(String code) {
    if (code == null) {
      return null;
    }
    try {
      return OfficerRole.valueOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
