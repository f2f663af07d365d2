/**
 * Console pages for the review of registrations (利用者情報登録) the agent registry could not confirm: the
 * list in review and one registration with its approval or rejection (SUPERVISOR, ADMIN).
 */
package jp.zairyu.console.registrations;
