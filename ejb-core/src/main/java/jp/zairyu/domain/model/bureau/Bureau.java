package jp.zairyu.domain.model.bureau;

import java.util.List;

/**
 * A regional immigration services bureau (地方出入国在留管理局), the prefectures it serves and when its
 * window receives people.
 */
public record Bureau(
    String code, String nameJa, String nameEn, List<String> prefectures, WindowHours windowHours)
    implements java.io.Serializable {

  public Bureau {
    prefectures = List.copyOf(prefectures);
    java.util.Objects.requireNonNull(windowHours, "window hours of " + code);
  }

  public boolean serves(String prefecture) {
    return prefectures.contains(prefecture);
  }
}
