package jp.zairyu.domain.model.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface MaintenanceWindowRepository {

  void add(MaintenanceWindow window);

  Optional<MaintenanceWindow> find(long id);

  void remove(MaintenanceWindow window);

  /** The windows that have not ended at {@code now}, earliest start first. */
  List<MaintenanceWindow> notEndedAt(Instant now);
}
