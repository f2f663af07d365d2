package jp.zairyu.infrastructure.persistence;

/**
 * The application's PostgreSQL data source: the server resource {@value #JNDI_NAME}, which the
 * server's configuration defines (an XA pool; the devstack writes it, README "Deploying on your own
 * Payara Server" gives the asadmin commands), not the application. Payara 6 cannot start a new
 * version of an application ({@code zairyu:2}, a rolling redeploy) whose persistence unit uses an
 * application-scoped {@code java:app} data source: it binds the data source under the plain name
 * and looks it up under the versioned one.
 */
public final class DataSourceDefinitions {

  public static final String JNDI_NAME = "jdbc/zairyu";

  private DataSourceDefinitions() {}
}
