/**
 * The domain model. Aggregates own their rules and state transitions (for example {@code
 * application.submit(...)}); nothing outside an aggregate sets its state. Free of transactions,
 * messaging and mail: those belong to the application and infrastructure layers. A refused rule is
 * a {@link jp.zairyu.domain.model.RuleViolation} with a bilingual message.
 */
package jp.zairyu.domain.model;
