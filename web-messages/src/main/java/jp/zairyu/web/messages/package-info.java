/**
 * The part of the web toolkit that names ejb-core's types: page messages for a refused rule ({@link
 * jp.zairyu.web.messages.Messages}, for a {@code RuleViolation}) and concurrent changes ({@link
 * jp.zairyu.web.messages.Conflicts}, through the application's {@code ConcurrentChanges} port). It
 * cannot sit in the EAR's {@code lib/} with web-toolkit: Payara loads {@code lib/} above the EJB
 * module, so a class there cannot see the domain's or the application's classes. Each WAR carries
 * this small jar in {@code WEB-INF/lib} (one source, a copy per WAR).
 */
package jp.zairyu.web.messages;
