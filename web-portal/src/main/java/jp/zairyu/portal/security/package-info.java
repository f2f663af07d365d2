/**
 * Portal login: Jakarta Security form authentication. The login page presents a {@code
 * PractitionerCredential}, which only the practitioners' identity store (ejb-core) accepts, so
 * officers cannot log in here.
 */
package jp.zairyu.portal.security;
