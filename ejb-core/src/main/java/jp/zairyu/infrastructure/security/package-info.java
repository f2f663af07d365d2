/**
 * Jakarta Security identity stores for the two front ends. They live here, visible to every module
 * of the EAR, because Payara's Soteria resolves identity stores application-wide; the credential
 * type each login page creates ({@link jp.zairyu.infrastructure.security.PractitionerCredential},
 * {@link jp.zairyu.infrastructure.security.OfficerCredential}) decides which store judges it, so a
 * practitioner can never log in to the console nor an officer to the portal.
 */
package jp.zairyu.infrastructure.security;
