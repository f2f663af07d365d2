package jp.zairyu.domain.model.access;

/** Which country an address is registered in. Implementations must not allocate per lookup. */
public interface CountryLookup {

  /**
   * The ISO 3166-1 alpha-2 code (upper case) of the country of an address given as its 128 bits
   * (IPv4 in IPv4-mapped form), or null when the data set does not know the address.
   */
  String country(long hi, long lo);

  /** A description of the data (source and version) for logs. */
  String description();
}
