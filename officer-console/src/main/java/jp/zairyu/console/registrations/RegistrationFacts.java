package jp.zairyu.console.registrations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.zairyu.domain.model.account.Registration;

/** How the review pages show a registration's values. */
final class RegistrationFacts {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private static final Map<String, String> RELATIONSHIPS =
      Map.of(
          "SPOUSE", "配偶者 / Spouse",
          "CHILD", "子 / Child",
          "PARENT", "父母 / Parent",
          "PARENT_WITH_CUSTODY", "親権者 / Parent with custody",
          "GUARDIAN", "未成年後見人 / Guardian");

  private RegistrationFacts() {}

  static String kind(Registration r) {
    return r.kind().nameJa() + " / " + r.kind().nameEn();
  }

  static String reason(Registration r) {
    if (r.reviewReasonJa() == null) {
      return "—";
    }
    return r.reviewReasonJa() + " / " + r.reviewReasonEn();
  }

  static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  static String relationship(String code) {
    return code == null ? null : RELATIONSHIPS.getOrDefault(code, code);
  }

  static String state(Registration.State state) {
    return switch (state) {
      case IN_REVIEW -> "審査中 / In review";
      case APPROVED -> "承認済み / Approved";
      case REJECTED -> "却下 / Rejected";
      case COMPLETED -> "登録完了 / Completed";
      case EXPIRED -> "期限切れ（パスワード未設定） / Expired (no password set)";
      case SUPERSEDED -> "他の登録の承認により終了 / Superseded by another approved registration";
    };
  }
}
