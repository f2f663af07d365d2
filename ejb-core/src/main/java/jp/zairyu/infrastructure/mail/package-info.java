/**
 * The SMTP adapter of {@link jp.zairyu.application.MailSender}. Server, port, sender and timeouts
 * come from MicroProfile Config ({@code zairyu.mail.*}).
 */
package jp.zairyu.infrastructure.mail;
