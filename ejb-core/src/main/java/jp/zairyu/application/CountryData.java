package jp.zairyu.application;

import jp.zairyu.domain.model.access.CountryLookup;

/** Port: the country data in force now (they may be replaced while the application runs). */
public interface CountryData {

  CountryLookup current();
}
