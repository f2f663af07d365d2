package jp.zairyu.console.registrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.RegistrationService;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.Registration;

/** 登録審査一覧: registrations the agent registry could not confirm, oldest first. */
@Named
@ViewScoped
public class RegistrationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RegistrationService registrations;

  private List<Row> rows = List.of();

  public void load() {
    rows = registrations.inReview().stream().map(Row::of).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One registration in review, as the list shows it. */
  public record Row(
      long id,
      String received,
      String kind,
      String name,
      String kana,
      String certificate,
      String organisation,
      String reason)
      implements Serializable {

    static Row of(Registration r) {
      Registrant d = r.details();
      String certificate = null;
      if (d.certificateNumber() != null) {
        certificate =
            d.certificateNumber()
                + (d.certificateExpiry() == null
                    ? ""
                    : "（有効期限 / expires " + RegistrationFacts.date(d.certificateExpiry()) + "）");
      }
      StringBuilder organisation = new StringBuilder();
      append(organisation, d.unitAssociation());
      append(organisation, d.organisationName());
      append(organisation, d.approvalNumber() == null ? null : "承認番号 / No. " + d.approvalNumber());
      append(
          organisation,
          d.requestingOrganisation() == null
              ? null
              : "依頼元 / Requested by " + d.requestingOrganisation());
      return new Row(
          r.id(),
          RegistrationFacts.TIME.format(r.createdAt()),
          RegistrationFacts.kind(r),
          d.fullName(),
          d.fullNameKana(),
          certificate == null ? "—" : certificate,
          organisation.isEmpty() ? "—" : organisation.toString(),
          RegistrationFacts.reason(r));
    }

    private static void append(StringBuilder text, String part) {
      if (part != null && !part.isBlank()) {
        if (!text.isEmpty()) {
          text.append("、");
        }
        text.append(part);
      }
    }
  }
}
