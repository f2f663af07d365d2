/**
 * JMS on ActiveMQ Artemis through its resource adapter: the {@link
 * jp.zairyu.application.ApplicationEvents} adapters (the outbox, and JMS for its relay) and one
 * message-driven bean per fact, named {@code <Fact>Consumer}, on queues named for the fact ({@code
 * ApplicationSubmitted}, {@code DecisionMade}, {@code NotificationRequested}), each with its own
 * dead-letter queue {@code DLQ.<queue>}. Messages are JSON text carrying identifiers. A submission
 * publishes one fact; its consumer routes and asks for the receipt mails in the routing's commit
 * (one {@code NotificationRequested} naming both kinds), as the decision's consumer asks for the
 * decision mails.
 *
 * <p>Consumers are thin and idempotent: each calls exactly one application service whose effect is
 * recorded in that service's own local transaction (routing, the notification row, the account mail
 * marked sent), so a redelivered message never acts twice. They consume without XA ({@code
 * NOT_SUPPORTED}, see {@link Consumption}): the message is acknowledged after the service has
 * committed, and a crash in between only redelivers it (at least once + idempotent = effectively
 * once). A failure is recorded ({@link MessageFailures}, in a transaction of its own) and rethrown,
 * so the broker redelivers with the queue's delay (exponential backoff for notifications) and
 * finally dead-letters; {@link DeadLetters} lists and resends.
 *
 * <p><b>A transactional outbox, relayed in XA batches.</b> The application's {@link
 * jp.zairyu.application.ApplicationEvents} is {@link OutboxApplicationEvents}: a state change and
 * the facts it publishes (rows of {@code outbox}, the JSON body each message will carry) commit in
 * one local PostgreSQL commit. {@link OutboxRelay} is kicked after that commit (and every second by
 * {@link OutboxRelayTimer}); each {@link OutboxBatch} claims up to 200 rows with {@code FOR UPDATE
 * SKIP LOCKED}, deletes them and sends them through {@link JmsApplicationEvents} in one XA
 * transaction across PostgreSQL and Artemis, so a row is sent exactly once or stays for the next
 * pass, and several servers can relay the same table. Chosen over one XA transaction per state
 * change because that cost one two-phase commit (two resource managers, each with its own log
 * force) per submission, the bottleneck of end-to-end throughput; now the request pays one local
 * commit and the two-phase commit is shared by a batch. What it requires: PostgreSQL {@code
 * max_prepared_transactions} > 0, Payara's transaction service with automatic recovery and a
 * persistent transaction log, so that a relay batch in doubt after a crash is resolved when the
 * server starts again (see the README, "Messaging and notifications").
 *
 * <p>{@link QueueStatistics} exports queue depths, dead-letter counts and the outbox's depth and
 * oldest row as cached gauges.
 */
package jp.zairyu.infrastructure.messaging;
