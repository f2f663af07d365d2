package jp.zairyu.portal.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.zairyu.application.MaintenanceSchedule;

/** The announcement of upcoming maintenance on every portal page (see the layout). */
@Named
@RequestScoped
public class MaintenanceBanner {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject private MaintenanceSchedule schedule;

  private List<Announcement> announcements;

  public List<Announcement> getAnnouncements() {
    if (announcements == null) {
      announcements =
          schedule.announced().stream()
              .map(
                  w ->
                      new Announcement(
                          TIME.format(w.startsAt()),
                          TIME.format(w.endsAt()),
                          w.messageJa(),
                          w.messageEn()))
              .toList();
    }
    return announcements;
  }

  /** One upcoming window, formatted in Japan time. */
  public record Announcement(String start, String end, String messageJa, String messageEn) {

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
