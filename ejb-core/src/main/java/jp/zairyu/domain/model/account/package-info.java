/**
 * Accounts: practitioners who use the portal and officers who use the console. Two separate
 * populations that never share a login. Passwords are stored only as PBKDF2 hashes.
 */
package jp.zairyu.domain.model.account;
