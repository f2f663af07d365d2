package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.Procedure;

/** 申請情報一覧: the practitioner's applications, newest first. */
@Named
@ViewScoped
public class MyApplicationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;

  private List<ApplicationRow> rows = List.of();
  private List<Procedure> startable = List.of();

  public void load() {
    rows = drafting.mine().stream().map(ApplicationRow::of).toList();
    startable = drafting.startable();
  }

  /** The kinds of application this user may start (user-procedures.csv). */
  public List<Procedure> getStartable() {
    return startable;
  }

  public List<ApplicationRow> getRows() {
    return rows;
  }

  /** One line of the list, ready to show. */
  public record ApplicationRow(
      long id,
      String receiptNumber,
      String procedure,
      String applicant,
      String state,
      String updated)
      implements Serializable {

    static ApplicationRow of(Application a) {
      return new ApplicationRow(
          a.id(),
          // Drafts have no receipt number yet; their link says what they are.
          a.receiptNumber().map(Object::toString).orElse("下書き / Draft"),
          a.procedure().nameJa(),
          a.applicant().fullName() == null ? "（未入力）" : a.applicant().fullName(),
          a.state().labelJa() + " / " + a.state().labelEn(),
          Dates.format(a.updatedAt()));
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

    public String getState() {
      return state;
    }

    public String getUpdated() {
      return updated;
    }
  }
}
