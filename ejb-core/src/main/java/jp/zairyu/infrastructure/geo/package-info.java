/**
 * Country data for the access rules: {@link jp.zairyu.infrastructure.geo.CountryTable}, an
 * immutable table of address ranges looked up without allocating; its file format ({@link
 * jp.zairyu.infrastructure.geo.CountryTableFile}) and the compiler from the CSV files of {@code
 * @ip-location-db/geo-whois-asn-country} ({@link jp.zairyu.infrastructure.geo.GeoDataCompiler},
 * run by {@code ejb-core/src/main/geo/regenerate.sh}); and the adapter of {@link
 * jp.zairyu.application.CountryData} that serves the bundled table or a file ops configured,
 * reloaded when it changes ({@link jp.zairyu.infrastructure.geo.FileCountryData}).
 */
package jp.zairyu.infrastructure.geo;
