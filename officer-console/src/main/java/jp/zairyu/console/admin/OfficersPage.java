package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.OfficerAdministration;
import jp.zairyu.domain.model.account.Officer;

/** 職員アカウント: every officer account, by bureau and login ID. */
@Named
@ViewScoped
public class OfficersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerAdministration administration;

  private List<Row> rows = List.of();

  public void load() {
    rows = administration.all().stream().map(Row::of).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One officer in the list. */
  public record Row(
      long id,
      String loginId,
      String name,
      String bureau,
      String role,
      String status,
      boolean active)
      implements Serializable {

    static Row of(Officer o) {
      return new Row(
          o.id(),
          o.loginId(),
          o.fullName(),
          Choices.bureau(o.bureauCode()),
          Choices.role(o.role()),
          Choices.status(o),
          o.active());
    }
  }
}
