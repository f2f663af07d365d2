/**
 * The console's gate ({@link jp.zairyu.console.gate.ConsoleGate}): internal networks only, as
 * ejb-core's {@link jp.zairyu.application.EdgeAccess} decides.
 */
package jp.zairyu.console.gate;
