package nl.aanbodwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import java.util.regex.Pattern;
import nl.aanbodwijzer.system.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shape docs/architecture.md describes. A feature is a package below nl.aanbodwijzer
 * with its sub-packages (catalog, capacity, matching, gaps, reports, search, security, system).
 */
class ArchitectureTest {
    private static final String API = "nl.aanbodwijzer.api..";
    private static JavaClasses classes;

    /** Micronaut's generated bean definitions ($-classes) wire everything together; the rules are about our code. */
    private static final ImportOption HAND_WRITTEN =
            location -> !location.matches(Pattern.compile(".*/\\$[^/]*\\.class"));

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(HAND_WRITTEN)
                .importPackages("nl.aanbodwijzer");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("nl.aanbodwijzer.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingOutsideTheCatalogueTouchesHowItIsImportedOrKeptLive() {
        noClasses()
                .that()
                .resideOutsideOfPackages("nl.aanbodwijzer.catalog..", "nl.aanbodwijzer")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("nl.aanbodwijzer.catalog.live..", "nl.aanbodwijzer.catalog.importer..")
                .check(classes);
    }

    @Test
    void storesAreUsedOnlyWithinTheirOwnFeature() {
        classes()
                .that(reachTheDatabaseThemselves())
                .should(beUsedOnlyWithinTheirOwnFeature())
                .check(classes);
    }

    @Test
    void onlyControllersAndTheMappersServingThemUseTheGeneratedApiTypes() {
        classes()
                .that()
                .resideOutsideOfPackage(API)
                .and(useTheGeneratedApiTypes())
                .should(beAControllerOrServeOnlyControllersAndMappers())
                .check(classes);
    }

    @Test
    void onlySearchUsesLucene() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.aanbodwijzer.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
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
                        "java.sql..",
                        "org.apache.lucene..",
                        "nl.aanbodwijzer.search..",
                        "nl.aanbodwijzer.gaps..")
                .check(classes);
    }

    @Test
    void theSharedPackagesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("nl.aanbodwijzer.system..", "nl.aanbodwijzer.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "nl.aanbodwijzer.catalog..",
                        "nl.aanbodwijzer.capacity..",
                        "nl.aanbodwijzer.matching..",
                        "nl.aanbodwijzer.gaps..",
                        "nl.aanbodwijzer.reports..",
                        "nl.aanbodwijzer.search..",
                        "nl.aanbodwijzer.security..")
                .check(classes);
    }

    @Test
    void noFeatureReachesIntoAccounts() {
        noClasses()
                .that()
                .resideOutsideOfPackages("nl.aanbodwijzer.security..", "nl.aanbodwijzer")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.aanbodwijzer.security..")
                .check(classes);
    }

    @Test
    void controllersAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .and()
                .resideOutsideOfPackage(API)
                .should()
                .notBePublic()
                .check(classes);
    }

    /** Micronaut Data repositories, and classes that write their own SQL. */
    private static DescribedPredicate<JavaClass> reachTheDatabaseThemselves() {
        return DescribedPredicate.describe(
                "reach the database themselves",
                c -> !c.isEquivalentTo(Sql.class)
                        && (c.isAnnotatedWith(JdbcRepository.class)
                                || c.getDirectDependenciesFromSelf().stream()
                                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(Sql.class))));
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirOwnFeature() {
        return new ArchCondition<>("be used only within their own feature") {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                for (Dependency use : store.getDirectDependenciesToSelf()) {
                    if (!feature(use.getOriginClass()).equals(feature(store))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** A mapper is a class that uses the API types and is itself used only by controllers and other mappers. */
    private static ArchCondition<JavaClass> beAControllerOrServeOnlyControllersAndMappers() {
        return new ArchCondition<>("be a controller, or be used only by controllers and mappers") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (type.isAnnotatedWith(Controller.class)) {
                    return;
                }
                for (Dependency use : type.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    boolean served = user.isAnnotatedWith(Controller.class)
                            || useTheGeneratedApiTypes().test(user);
                    if (!served && !user.getName().startsWith(type.getName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> useTheGeneratedApiTypes() {
        return DescribedPredicate.describe(
                "use the generated API types", c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("nl.aanbodwijzer.api")));
    }

    /** The feature of a class: the first package below nl.aanbodwijzer. */
    private static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
