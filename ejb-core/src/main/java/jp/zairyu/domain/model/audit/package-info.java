/**
 * The audit trail: who did what, when, as a hash chain that shows any later change. The chain is
 * keyed (HMAC-SHA256 under a {@link jp.zairyu.domain.model.audit.ChainKey} from configuration), so
 * access to the database alone is not enough to rewrite it unnoticed; {@link
 * jp.zairyu.domain.model.audit.AuditChainCheck} holds the rules of a valid chain. Entries are only
 * ever appended (through the application layer's {@code AuditTrail} port).
 */
package jp.zairyu.domain.model.audit;
