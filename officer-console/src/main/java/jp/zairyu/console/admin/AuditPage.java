package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.application.OfficerAdministration;
import jp.zairyu.console.Messages;

/** 監査証跡の検証: an ADMIN checks that no entry of the hash-chained audit trail was altered. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerAdministration administration;

  private boolean checked;
  private boolean intact;
  private long entriesChecked;
  private Long firstBroken;

  public void verify() {
    AuditTrail.Verification v = administration.verifyAuditTrail();
    checked = true;
    intact = v.intact();
    entriesChecked = v.entriesChecked();
    firstBroken = v.firstBrokenEntry().isPresent() ? v.firstBrokenEntry().getAsLong() : null;
    if (intact) {
      Messages.status(
          entriesChecked + "件の記録を検証しました。改ざんはありません。",
          entriesChecked + " entries checked: the audit trail is intact.");
    } else {
      Messages.error(
          "監査証跡が改ざんされています。最初に一致しなかった記録: No. " + firstBroken + "（それまでの" + entriesChecked + "件は正常）",
          "The audit trail has been tampered with. First entry that does not verify: No. "
              + firstBroken
              + " ("
              + entriesChecked
              + " entries before it verified).");
    }
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
        : "改ざんあり（最初に一致しなかった記録: No. "
            + firstBroken
            + "） / Broken (first entry that does not verify: No. "
            + firstBroken
            + ")";
  }

  public Long getFirstBroken() {
    return firstBroken;
  }
}
