package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/** 受付一覧: new submissions routed to the officer's home bureau, oldest first. */
@Named
@ViewScoped
public class IntakePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @EJB private ExaminationService examination;

  private String bureau;
  private List<Row> rows = List.of();
  private List<Waiting> awaiting = List.of();

  public void load() {
    Officer me = examination.me();
    bureau =
        BureauDirectory.standard()
            .byCode(me.bureauCode())
            .map(b -> b.nameJa() + " / " + b.nameEn())
            .orElse(me.bureauCode());
    rows = examination.intake().stream().map(Row::of).toList();
    awaiting = examination.awaitingOfficers().stream().map(Waiting::of).toList();
  }

  /** Cases waiting for a supervisor's decision on a denial or for issuance (発行待ち). */
  public List<Waiting> getAwaiting() {
    return awaiting;
  }

  /** A case waiting for an officer after the examiner's step. */
  public record Waiting(
      long id, String receiptNumber, String procedure, String applicant, String what)
      implements Serializable {

    static Waiting of(Application a) {
      return new Waiting(
          a.id(),
          a.receiptNumber().map(Object::toString).orElseThrow(),
          a.procedure().nameJa(),
          a.applicant().fullName(),
          a.pendingDenial().isPresent()
              ? a.denialLabelJa() + "の決裁待ち / Denial to confirm"
              : a.stateLabelJa() + " / " + a.stateLabelEn());
    }

    public long getId() {
      return id;
    }

    public String getReceiptNumber() {
      return receiptNumber;
    }

    public String getProcedure() {
      return procedure;
    }

    public String getApplicant() {
      return applicant;
    }

    public String getWhat() {
      return what;
    }
  }

  public String getBureau() {
    return bureau;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One case in the queue. */
  public record Row(
      long id,
      String receiptNumber,
      String procedure,
      String applicant,
      String prefecture,
      String submitted)
      implements Serializable {

    static Row of(Application a) {
      return new Row(
          a.id(),
          a.receiptNumber().map(Object::toString).orElseThrow(),
          a.procedure().nameJa(),
          a.applicant().fullName(),
          a.applicant().prefecture(),
          a.submittedAt().map(IntakePage.TIME::format).orElse("—"));
    }

    public long getId() {
      return id;
    }

    public String getReceiptNumber() {
      return receiptNumber;
    }

    public String getProcedure() {
      return procedure;
    }

    public String getApplicant() {
      return applicant;
    }

    public String getPrefecture() {
      return prefecture;
    }

    public String getSubmitted() {
      return submitted;
    }
  }
}
