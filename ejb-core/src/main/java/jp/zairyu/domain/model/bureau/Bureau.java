package jp.zairyu.domain.model.bureau;

import java.util.List;

/** A regional immigration services bureau (地方出入国在留管理局) and the prefectures it serves. */
public record Bureau(String code, String nameJa, String nameEn, List<String> prefectures) {

  public Bureau {
    prefectures = List.copyOf(prefectures);
  }

  public boolean serves(String prefecture) {
    return prefectures.contains(prefecture);
  }
}
