package nl.aanbodwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the shape the conventions describe. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.aanbodwijzer");
    }

    /** Micronaut's generated bean definitions ($-classes) may touch anything. */
    private static final DescribedPredicate<JavaClass> HAND_WRITTEN =
            DescribedPredicate.describe("hand-written", c -> !c.getName().contains(".$"));

    @Test
    void onlyControllersUseTheGeneratedApiTypes() {
        noClasses()
                .that(HAND_WRITTEN)
                .and()
                .resideOutsideOfPackages("nl.aanbodwijzer.api..")
                .and()
                .haveSimpleNameNotEndingWith("Controller")
                .and()
                .haveSimpleNameNotEndingWith("ApiMapper")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.aanbodwijzer.api..")
                .check(classes);
    }

    @Test
    void onlySearchUsesLucene() {
        noClasses()
                .that(HAND_WRITTEN)
                .and()
                .resideOutsideOfPackage("nl.aanbodwijzer.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theSystemPackageDependsOnNoFeature() {
        noClasses()
                .that(HAND_WRITTEN)
                .and()
                .resideInAPackage("nl.aanbodwijzer.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.aanbodwijzer.catalog..", "nl.aanbodwijzer.security..")
                .check(classes);
    }

    @Test
    void theCatalogueDoesNotDependOnSecurity() {
        noClasses()
                .that(HAND_WRITTEN)
                .and()
                .resideInAPackage("nl.aanbodwijzer.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.aanbodwijzer.security..")
                .check(classes);
    }

    @Test
    void theMatchingCoreIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("nl.aanbodwijzer.matching.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..",
                        "jakarta.inject..",
                        "nl.aanbodwijzer.search..",
                        "org.apache.lucene..",
                        "java.sql..",
                        "nl.aanbodwijzer.gaps..")
                .check(classes);
    }

    @Test
    void controllersAreNotPublic() {
        classes()
                .that(HAND_WRITTEN)
                .and()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .notBePublic()
                .check(classes);
    }
}
