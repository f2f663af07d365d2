/**
 * MicroProfile Health readiness checks of the whole deployment: ready only while PostgreSQL and the
 * Artemis broker answer. Served by the server at {@code /health/ready}.
 *
 * <p>They live in a web module because Payara Server registers health checks only from web modules
 * of an EAR (checks in the EJB jar are silently ignored; {@code HealthAndAccessIT} guards this).
 * They use the application-wide resources of ejb-core by their {@code java:app} names.
 */
package jp.zairyu.portal.health;
