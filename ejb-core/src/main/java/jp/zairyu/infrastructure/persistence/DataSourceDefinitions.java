package jp.zairyu.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's PostgreSQL data source (XA, so an outbox relay batch and its JMS sends, and a
 * consumed message and its effect, commit together; a request's state change and its outbox rows
 * use it alone and commit in one phase). Connection settings are MicroProfile Config keys read from
 * the server's global sources: system properties or environment ({@code ZAIRYU_DB_URL}, {@code
 * ZAIRYU_DB_USER}, {@code ZAIRYU_DB_PASSWORD}). Dead connections (after a database restart) are
 * validated away; a connection is validated at most once every 10 seconds (validating on every
 * checkout cost one extra round trip per transaction, a measurable share of a consumer's work);
 * once one is found dead, every pooled connection is dropped ({@code fail-all-connections}).
 */
@Singleton
@DataSourceDefinition(
    name = DataSourceDefinitions.JNDI_NAME,
    className = "org.postgresql.xa.PGXADataSource",
    url = "${MPCONFIG=zairyu.db.url}",
    user = "${MPCONFIG=zairyu.db.user}",
    password = "${MPCONFIG=zairyu.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.validate-atmost-once-period-in-seconds=10"
    })
public class DataSourceDefinitions {

  public static final String JNDI_NAME = "java:app/jdbc/zairyu";
}
