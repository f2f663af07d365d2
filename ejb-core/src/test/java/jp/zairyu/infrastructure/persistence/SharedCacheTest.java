package jp.zairyu.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * No server of a cluster reads a stale entity (issue 18): EclipseLink's shared (second-level) cache
 * would keep an entity another server has changed since, so no entity is put there. The persistence
 * unit caches only what is marked {@code @Cacheable} ({@code ENABLE_SELECTIVE}), and nothing is:
 * every read of an entity in a new transaction goes to PostgreSQL. An entity that should ever be
 * cached must be reference data that never changes while the application runs, or come with cache
 * coordination across the deployment group (README, "Deploying a cluster"). {@code NoStaleReadsIT}
 * shows it on a running server.
 */
class SharedCacheTest {

  @Test
  void thePersistenceUnitCachesOnlyWhatIsMarkedCacheable() throws Exception {
    Document unit = xml("META-INF/persistence.xml");
    assertThat(unit.getElementsByTagName("shared-cache-mode").item(0).getTextContent().strip())
        .isEqualTo("ENABLE_SELECTIVE");
    var properties = unit.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      var property = (org.w3c.dom.Element) properties.item(i);
      assertThat(property.getAttribute("name"))
          .as("no property turns the shared cache back on")
          .doesNotStartWith("eclipselink.cache.shared")
          .doesNotStartWith("jakarta.persistence.sharedCache");
    }
  }

  @Test
  void noEntityIsMarkedCacheable() {
    List<String> cached = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.zairyu")) {
      if (!c.isAnnotatedWith(Entity.class)) {
        continue;
      }
      Cacheable cacheable = c.reflect().getAnnotation(Cacheable.class);
      if ((cacheable != null && cacheable.value())
          || c.isAnnotatedWith("org.eclipse.persistence.annotations.Cache")) {
        cached.add(c.getName());
      }
    }
    assertThat(cached).isEmpty();
  }

  @Test
  void theMappingFileMarksNothingCacheable() throws Exception {
    try (InputStream in = resource("META-INF/orm.xml")) {
      String orm = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(orm).doesNotContain("cacheable=\"true\"").doesNotContain("<cache");
    }
  }

  private static Document xml(String name) throws Exception {
    try (InputStream in = resource(name)) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SharedCacheTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }
}
