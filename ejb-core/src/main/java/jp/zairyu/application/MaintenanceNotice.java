package jp.zairyu.application;

import java.io.Serializable;
import java.time.Instant;
import jp.zairyu.domain.model.maintenance.MaintenanceWindow;

/**
 * A maintenance window as the front ends show it.
 *
 * @param id the window's id
 * @param startsAt start (inclusive)
 * @param endsAt end (exclusive)
 * @param messageJa the notice in Japanese
 * @param messageEn the notice in English
 */
public record MaintenanceNotice(
    long id, Instant startsAt, Instant endsAt, String messageJa, String messageEn)
    implements Serializable {

  static MaintenanceNotice of(MaintenanceWindow window) {
    return new MaintenanceNotice(
        window.id(), window.startsAt(), window.endsAt(), window.messageJa(), window.messageEn());
  }

  public boolean isInForceAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt);
  }
}
