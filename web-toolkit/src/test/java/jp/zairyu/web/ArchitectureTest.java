package jp.zairyu.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web toolkit sits in the EAR's {@code lib/}, whose class loader is above ejb-core's: a class
 * here that named a domain, application or infrastructure type would fail to load on Payara. So it
 * uses the Jakarta and MicroProfile APIs and the JDK only.
 */
class ArchitectureTest {

  @Test
  void theToolkitSeesOnlyTheApisAndTheJdk() {
    JavaClasses toolkit =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.zairyu.web");
    classes()
        .that()
        .resideInAPackage("jp.zairyu.web")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "jp.zairyu.web",
            "java..",
            "javax.security.auth..", // the JDK's, for Jakarta Authentication's callbacks
            "jakarta..",
            "org.eclipse.microprofile..")
        .check(toolkit);
  }
}
