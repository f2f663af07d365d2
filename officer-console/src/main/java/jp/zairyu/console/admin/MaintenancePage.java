package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.zairyu.application.MaintenanceNotice;
import jp.zairyu.application.MaintenanceService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/** メンテナンス予定: an administrator schedules and cancels maintenance windows of the portal. */
@Named
@ViewScoped
public class MaintenancePage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @EJB private MaintenanceService maintenance;

  private LocalDateTime start;
  private LocalDateTime end;
  private String messageJa;
  private String messageEn;
  private List<Row> rows = List.of();

  public void load() {
    rows = maintenance.scheduled().stream().map(Row::of).toList();
  }

  public void schedule() {
    try {
      maintenance.schedule(start, end, messageJa, messageEn);
      Messages.info("メンテナンスを予定しました。", "The maintenance has been scheduled.");
      start = null;
      end = null;
      messageJa = null;
      messageEn = null;
      load();
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  public void cancel(long id) {
    maintenance.cancel(id);
    Messages.info("メンテナンスの予定を取り消しました。", "The maintenance has been cancelled.");
    load();
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public String getMessageJa() {
    return messageJa;
  }

  public void setMessageJa(String messageJa) {
    this.messageJa = messageJa;
  }

  public String getMessageEn() {
    return messageEn;
  }

  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One scheduled window. */
  public record Row(long id, String start, String end, String messageJa, String messageEn)
      implements Serializable {

    static Row of(MaintenanceNotice notice) {
      return new Row(
          notice.id(),
          TIME.format(notice.startsAt()),
          TIME.format(notice.endsAt()),
          notice.messageJa(),
          notice.messageEn());
    }

    public long getId() {
      return id;
    }

    public String getStart() {
      return start;
    }

    public String getEnd() {
      return end;
    }

    public String getMessageJa() {
      return messageJa;
    }

    public String getMessageEn() {
      return messageEn;
    }
  }
}
