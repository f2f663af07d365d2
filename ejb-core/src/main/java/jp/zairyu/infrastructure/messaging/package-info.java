/**
 * JMS on ActiveMQ Artemis through its resource adapter: the {@link
 * jp.zairyu.application.ApplicationEvents} adapter and one message-driven bean per fact, named
 * {@code <Fact>Consumer}. Messages are JSON text carrying identifiers. Consumers call exactly one
 * application service and let failures propagate so the broker redelivers and dead-letters.
 */
package jp.zairyu.infrastructure.messaging;
