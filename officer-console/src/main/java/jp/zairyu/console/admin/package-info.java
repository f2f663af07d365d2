/**
 * Console pages of the ADMIN: officer accounts, the agent registry import, the audit trail check
 * and maintenance windows. Only ADMIN reaches them (web.xml constraint on {@code /admin/*});
 * backing beans are view-scoped, named after their page, and call ejb-core services only.
 */
package jp.zairyu.console.admin;
