/**
 * MicroProfile Health readiness checks: the service is ready only while the database and the broker
 * answer. Served by the server at {@code /health/ready}.
 */
package jp.zairyu.infrastructure.health;
