package jp.zairyu.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of a WAR's classes, checked by the {@code ArchitectureTest} of each WAR (this class is
 * in web-toolkit's test jar): the pages, page beans, servlets and filters of a front end use the
 * application layer (services, views, ports' data), the domain's values and the web toolkit, never
 * an adapter of {@code infrastructure}, and nothing else of ours. (That no page holds an entity is
 * part 2 of issue 17, not checked here yet.)
 */
public final class WarArchitecture {

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
  }
}
