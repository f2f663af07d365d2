/**
 * Jakarta Security identity stores for the two front ends. They live here, visible to every module
 * of the EAR, because Payara's Soteria resolves identity stores application-wide; the credential
 * type each login page creates ({@link jp.zairyu.application.PractitionerCredential}, {@link
 * jp.zairyu.application.OfficerCredential}) decides which store judges it, so a practitioner can
 * never log in to the console nor an officer to the portal.
 *
 * <p>Also the application's keys ({@link jp.zairyu.infrastructure.security.ConfiguredKeys}: the
 * audit chain's HMAC key and the key of the TOTP secrets at rest, from MicroProfile Config, never
 * with a default) and the cipher of secrets at rest ({@link
 * jp.zairyu.infrastructure.security.SecretCipher}).
 */
package jp.zairyu.infrastructure.security;
