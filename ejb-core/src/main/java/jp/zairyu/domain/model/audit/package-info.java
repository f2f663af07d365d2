/**
 * The audit trail: who did what, when, as a hash chain that shows any later change. Entries are
 * only ever appended (through the application layer's {@code AuditTrail} port).
 */
package jp.zairyu.domain.model.audit;
