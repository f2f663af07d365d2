package jp.zairyu.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * An Arquillian extension (registered through {@code META-INF/services}) for the in-container test
 * classes, which Arquillian deploys: the EAR it deployed for one class stays deployed for the next
 * class whose EAR is the same, byte for byte ({@link Deployments#earWithTests} puts every
 * in-container test package into each, so all of them are), instead of being undeployed and
 * deployed again (20 to 30 seconds each). Before Arquillian deploys anything else, what it kept and
 * what {@link DeployedEar} deployed under the same application name are undeployed.
 */
public final class YieldToArquillian implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** What Arquillian deployed and a later class may use again. */
  private record Kept(
      String fingerprint,
      Archive<?> archive,
      ProtocolMetaData metaData,
      DeployableContainer<?> container) {}

  private static Kept kept;

  /** Undeploys the EAR Arquillian deployed and kept, if any (before another one is deployed). */
  static synchronized void release() {
    if (kept != null) {
      try {
        kept.container().undeploy(kept.archive());
      } catch (Exception e) {
        throw new IllegalStateException("Cannot undeploy the kept deployment", e);
      } finally {
        kept = null;
      }
    }
  }

  /**
   * Observes Arquillian's deployments inside their deployment context (precedence below that of
   * Arquillian's context handler).
   */
  public static final class Keeper {

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;
    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;
    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

    public void deploy(@Observes(precedence = -1) EventContext<DeployDeployment> context) {
      DeployDeployment event = context.getEvent();
      Deployment wanted = event.getDeployment();
      if (!wanted.getDescription().isArchiveDeployment()) {
        context.proceed();
        return;
      }
      Archive<?> archive = archiveOf(wanted.getDescription());
      String fingerprint = fingerprint(archive);
      synchronized (YieldToArquillian.class) {
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
          // deployed already: as ContainerDeployController would leave it after deploying
          description.set(wanted.getDescription());
          deployment.set(wanted);
          if (kept.metaData() != null) {
            protocolMetaData.set(kept.metaData());
          }
          wanted.deployed();
          return;
        }
        release();
        DeployedEar.undeploy();
      }
      context.proceed();
      if (wanted.isDeployed()) {
        synchronized (YieldToArquillian.class) {
          kept =
              new Kept(
                  fingerprint, archive, protocolMetaData.get(), event.getDeployableContainer());
        }
      }
    }

    public void undeploy(@Observes(precedence = -1) EventContext<UnDeployDeployment> context) {
      Deployment deployment = context.getEvent().getDeployment();
      synchronized (YieldToArquillian.class) {
        if (kept != null
            && deployment.getDescription().isArchiveDeployment()
            && kept.fingerprint().equals(fingerprint(archiveOf(deployment.getDescription())))) {
          return; // kept for the next class
        }
      }
      context.proceed();
    }
  }

  private static Archive<?> archiveOf(DeploymentDescription description) {
    return description.getTestableArchive() != null
        ? description.getTestableArchive()
        : description.getArchive();
  }

  /** SHA-256 over every path and the bytes of every asset, nested archives included. */
  static String fingerprint(Archive<?> archive) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest(archive, digest);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void digest(Archive<?> archive, MessageDigest digest) {
    digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
    Map<String, Node> nodes = new TreeMap<>();
    archive.getContent().forEach((ArchivePath path, Node node) -> nodes.put(path.get(), node));
    for (Map.Entry<String, Node> entry : nodes.entrySet()) {
      digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      Asset asset = entry.getValue().getAsset();
      if (asset instanceof ArchiveAsset nested) {
        digest(nested.getArchive(), digest);
      } else if (asset != null) {
        try (InputStream in = asset.openStream();
            OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
          in.transferTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
