package jp.zairyu.it.support;

import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * An Arquillian extension: before Arquillian deploys a test class's EAR (in-container tests, with
 * their test module), what {@link DeployedEar} deployed under the same application name is
 * undeployed. Registered through {@code META-INF/services}.
 */
public final class YieldToArquillian implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Observer.class);
  }

  /** Observes Arquillian's deployments. */
  public static final class Observer {
    public void makeRoom(@Observes BeforeDeploy event) {
      DeployedEar.undeploy();
    }
  }
}
