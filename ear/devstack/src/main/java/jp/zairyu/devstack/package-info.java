/**
 * The local system launcher: PostgreSQL, ActiveMQ Artemis, a GreenMail mail catcher and Payara
 * Server with the Artemis resource adapter and the Zairyu Online EAR, all on 127.0.0.1, started by
 * one command ({@code mvn -P run}) or, for the integration tests, by {@link
 * jp.zairyu.devstack.DevStack#start(StackSettings)} on ports of their own.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Development and test only. This module is never deployed and nothing in it is fit for a
 *       shared or production environment: no passwords, trust authentication in PostgreSQL, an
 *       unsecured broker and admin console.
 *   <li>Every listening socket of every process it starts is bound to 127.0.0.1.
 *   <li>It stops everything it started, in reverse order, on {@link
 *       jp.zairyu.devstack.RunningStack#close()}, Ctrl-C or JVM exit, and nothing else; {@code
 *       DevStack stop} cleans up after a launcher that was killed.
 *   <li>All state lives in one directory ({@link jp.zairyu.devstack.StackSettings#stateDir()}); one
 *       launcher per directory at a time.
 * </ul>
 */
package jp.zairyu.devstack;
