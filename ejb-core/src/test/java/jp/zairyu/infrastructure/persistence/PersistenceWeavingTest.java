package jp.zairyu.infrastructure.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.Test;

/**
 * The entities and embeddables the build produced are woven (ejb-core's pom runs EclipseLink's
 * StaticWeave over {@code target/classes}; persistence.xml says {@code
 * eclipselink.weaving=static}): an unwoven class would be read eagerly and compared clone by clone
 * in every unit of work.
 */
class PersistenceWeavingTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("jp.zairyu");

  @Test
  void everyEntityAndEmbeddableIsWovenWhenBuilt() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .or()
        .areAnnotatedWith(Embeddable.class)
        .should()
        .implement(PersistenceWeaved.class)
        .check(CORE);
  }
}
