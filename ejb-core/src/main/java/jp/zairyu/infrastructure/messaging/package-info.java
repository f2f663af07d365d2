/**
 * JMS on ActiveMQ Artemis through its resource adapter: the {@link
 * jp.zairyu.application.ApplicationEvents} adapter and one message-driven bean per fact, named
 * {@code <Fact>Consumer}, on queues named for the fact ({@code ApplicationSubmitted}, {@code
 * DecisionMade}, {@code NotificationRequested}), each with its own dead-letter queue {@code
 * DLQ.<queue>}. Messages are JSON text carrying identifiers.
 *
 * <p>Consumers are thin and idempotent: each calls exactly one application service whose effect is
 * recorded in the same transaction (routing, the notification row, the account mail marked sent),
 * so a redelivered message never acts twice. A failure is recorded ({@link MessageFailures}, in a
 * transaction of its own) and rethrown, so the broker redelivers with the queue's delay
 * (exponential backoff for notifications) and finally dead-letters; {@link DeadLetters} lists and
 * resends.
 *
 * <p><b>XA rather than a transactional outbox.</b> A state change and the facts it publishes commit
 * in one XA transaction across PostgreSQL and Artemis; consumption is XA as well. Chosen because it
 * was in place and proven, needs no relay or polling, and keeps redelivery and dead-lettering in
 * one place (the broker). What it requires: PostgreSQL {@code max_prepared_transactions} > 0,
 * Payara's transaction service with automatic recovery and a persistent transaction log, so that
 * transactions in doubt after a crash are resolved when the server starts again (see the README,
 * "Messaging and notifications").
 *
 * <p>{@link QueueStatistics} exports queue depths and dead-letter counts as cached gauges.
 */
package jp.zairyu.infrastructure.messaging;
