/**
 * The portal's gate ({@link jp.zairyu.portal.gate.PortalGate}): Japan only, and closed during
 * maintenance; the decisions are ejb-core's ({@link jp.zairyu.application.EdgeAccess}, {@link
 * jp.zairyu.application.MaintenanceSchedule}). Its pages are static HTML in {@code WEB-INF/gate},
 * complete in themselves (a refused visitor gets nothing else of the portal, not even its styles).
 * {@link jp.zairyu.portal.gate.WellFormedInput} answers a request carrying control characters or
 * text that is not UTF-8 with 400 before any page reads it.
 */
package jp.zairyu.portal.gate;
