package jp.zairyu.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The rules of a WAR's classes, checked by the {@code ArchitectureTest} of each WAR (this class is
 * in web-toolkit's test jar): the pages, page beans, servlets and filters of a front end use the
 * application layer (services, views, ports' data), the domain's values and the web toolkit, never
 * an adapter of {@code infrastructure}, and nothing else of ours. Pages never hold entities (issue
 * 17): no class of a WAR names the aggregate root {@code Application} (services answer views,
 * records built in their transaction), and no field of a WAR's class keeps a JPA entity, alone or
 * in a collection, but those {@link #HOLDING_ENTITIES} names.
 */
public final class WarArchitecture {

  /** The aggregate root no page names: its services answer views of it. */
  static final String AGGREGATE_ROOT = "jp.zairyu.domain.model.application.Application";

  static final String ENTITY = "jakarta.persistence.Entity";

  /**
   * The fields of WAR classes that still keep an entity (issue 17 left them: pages of other
   * aggregates than the application), by {@code class.field}; a new one fails the rule. Empty once
   * every page holds views.
   */
  static final Set<String> HOLDING_ENTITIES = Set.of();

  private WarArchitecture() {}

  /** Checks the classes of {@code warPackage} (e.g. {@code jp.zairyu.portal}). */
  public static void check(String warPackage) {
    JavaClasses war =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(warPackage);
    noClasses()
        .that()
        .resideInAPackage(warPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jp.zairyu.infrastructure..")
        .check(war);
    classes()
        .that()
        .resideInAPackage(warPackage + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            warPackage + "..",
            "jp.zairyu.application..",
            "jp.zairyu.domain.model..",
            "jp.zairyu.web..",
            "java..",
            "javax..",
            "jakarta..",
            "org.eclipse.microprofile..",
            "org.primefaces..",
            "uk.org.okapibarcode..")
        .check(war);
    noClasses()
        .that()
        .resideInAPackage(warPackage + "..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(AGGREGATE_ROOT)
        .because("pages hold views built by the services, never the aggregate (issue 17)")
        .check(war);
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(warPackage + "..")
        .should(notKeepAnEntity())
        .check(war);
  }

  /**
   * A field whose type, or a type argument of it ({@code List<Registration>}), is a JPA entity,
   * unless {@link #HOLDING_ENTITIES} names it.
   */
  private static ArchCondition<JavaField> notKeepAnEntity() {
    return new ArchCondition<>("not keep a JPA entity (issue 17: pages hold views)") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        String name = field.getOwner().getName() + "." + field.getName();
        if (HOLDING_ENTITIES.contains(name)) {
          return;
        }
        for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
          if (type.isAnnotatedWith(ENTITY)) {
            events.add(
                SimpleConditionEvent.violated(
                    field, name + " keeps the entity " + type.getName() + "; keep a view of it"));
          }
        }
      }
    };
  }
}
