/**
 * Console login: Jakarta Security form authentication against officers only (practitioners cannot
 * log in here). The groups are the officer's role.
 */
package jp.zairyu.console.security;
