/**
 * Portal login: Jakarta Security form authentication against practitioners only (officers cannot
 * log in here). Passwords are checked in ejb-core.
 */
package jp.zairyu.portal.security;
