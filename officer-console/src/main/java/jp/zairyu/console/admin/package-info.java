/**
 * Console pages of the ADMIN: officer accounts, the agent registry import and the audit trail
 * check. Backing beans are view-scoped, named after their page, and call ejb-core services only.
 */
package jp.zairyu.console.admin;
