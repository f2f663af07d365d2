/**
 * The application layer: thin {@code @Stateless} services, one per group of use cases, that own the
 * transactions, load aggregates through repositories, call their methods and publish facts through
 * ports ({@link jp.zairyu.application.ApplicationEvents}, {@link jp.zairyu.application.MailSender},
 * {@link jp.zairyu.application.NotificationLog}) whose adapters live in {@code
 * jp.zairyu.infrastructure}. Services decide who may do what (roles, the caller's own applications,
 * the officer's own bureau); rules about the application itself stay in the domain model.
 */
package jp.zairyu.application;
