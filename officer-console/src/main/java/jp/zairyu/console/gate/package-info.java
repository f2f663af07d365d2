/**
 * The console's gate ({@link jp.zairyu.console.gate.ConsoleGate}): internal networks only, as
 * ejb-core's {@link jp.zairyu.application.EdgeAccess} decides; {@link
 * jp.zairyu.console.gate.WellFormedInput} answers a request carrying control characters or text
 * that is not UTF-8 with 400 before any page reads it.
 */
package jp.zairyu.console.gate;
