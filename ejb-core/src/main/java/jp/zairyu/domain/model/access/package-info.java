/**
 * Access at the edge, in plain Java: IP addresses and address blocks ({@link
 * jp.zairyu.domain.model.access.IpAddress}, {@link jp.zairyu.domain.model.access.Cidr}, {@link
 * jp.zairyu.domain.model.access.NetworkList}), who the client is behind trusted proxies ({@link
 * jp.zairyu.domain.model.access.ClientAddressResolver}) and who may reach which front end ({@link
 * jp.zairyu.domain.model.access.AccessRules}). Country data come in through {@link
 * jp.zairyu.domain.model.access.CountryLookup}; its implementation lives in {@code
 * jp.zairyu.infrastructure.geo}. Decisions and logs carry a coarse origin (a country code, {@code
 * local}, {@code internal}, {@code unknown}), never the address.
 */
package jp.zairyu.domain.model.access;
