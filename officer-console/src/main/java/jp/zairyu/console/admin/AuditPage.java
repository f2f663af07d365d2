package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.application.OfficerAdministration;
import jp.zairyu.domain.model.audit.AuditChainCheck;
import jp.zairyu.web.messages.Messages;

/** 監査証跡の検証: an ADMIN checks that no entry of the hash-chained audit trail was altered. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerAdministration administration;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

  private boolean checked;
  private boolean intact;
  private long entriesChecked;
  private Long firstBroken;
  private String brokenEntry;

  public void verify() {
    AuditTrail.Verification v = administration.verifyAuditTrail();
    checked = true;
    intact = v.intact();
    entriesChecked = v.entriesChecked();
    firstBroken = v.broken().map(AuditChainCheck.Break::entryId).orElse(null);
    brokenEntry = v.broken().map(AuditPage::describe).orElse(null);
    if (intact) {
      Messages.status(
          entriesChecked + "件の記録を検証しました。改ざんはありません。",
          entriesChecked + " entries checked: the audit trail is intact.");
    } else {
      Messages.error(
          "監査証跡が改ざんされています。最初に一致しなかった記録: " + brokenEntry + "（それまでの" + entriesChecked + "件は正常）",
          "The audit trail has been tampered with. First entry that does not verify: "
              + brokenEntry
              + " ("
              + entriesChecked
              + " entries before it verified).");
    }
  }

  /** No., time (JST), action and actor of the entry, and why it does not verify. */
  private static String describe(AuditChainCheck.Break b) {
    var text = new StringBuilder("No. ").append(b.entryId());
    if (b.occurredAt() != null) {
      text.append(" ").append(TIME.format(b.occurredAt())).append(" JST");
    }
    if (b.action() != null) {
      text.append(" ").append(b.action()).append(" (").append(b.actor()).append(")");
    }
    return text.append(": ").append(b.reason()).toString();
  }

  public boolean isChecked() {
    return checked;
  }

  public boolean isIntact() {
    return intact;
  }

  public long getEntriesChecked() {
    return entriesChecked;
  }

  public String getOutcome() {
    return intact
        ? "改ざんなし / Intact"
        : "改ざんあり（最初に一致しなかった記録: "
            + brokenEntry
            + "） / Broken (first entry that does not verify: "
            + brokenEntry
            + ")";
  }

  public String getBrokenEntry() {
    return brokenEntry;
  }

  public Long getFirstBroken() {
    return firstBroken;
  }
}
