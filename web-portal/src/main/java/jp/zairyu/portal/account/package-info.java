/**
 * Account pages of the portal: registration, first password and 認証ID, password reset, the account's
 * details and security (password, two-step verification), and the office. Thin view beans over the
 * application services; every rule and message comes from ejb-core.
 */
package jp.zairyu.portal.account;
