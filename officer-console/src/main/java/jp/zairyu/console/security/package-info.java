/**
 * Console login: Jakarta Security form authentication. The login page presents an {@code
 * OfficerCredential}, which only the officers' identity store (ejb-core) accepts, so practitioners
 * cannot log in here. The groups are the officer's role.
 */
package jp.zairyu.console.security;
