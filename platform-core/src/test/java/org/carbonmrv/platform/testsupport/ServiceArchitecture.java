package org.carbonmrv.platform.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps, for each service's {@code ArchitectureTest} to include with
 * {@code ArchTests.in(ServiceArchitecture.class)}: controllers translate HTTP and nothing more,
 * aggregates know nothing of the web, and feature packages depend on each other one way only.
 */
public final class ServiceArchitecture {

    private static final String AGGREGATE = "org.axonframework.spring.stereotype.Aggregate";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";

    private ServiceArchitecture() {}

    @ArchTest
    public static final ArchRule controllersNeverTouchJdbc = noClasses()
            .that()
            .areAnnotatedWith(REST_CONTROLLER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("reads and writes live in repositories and projections, orchestration in application services");

    @ArchTest
    public static final ArchRule aggregatesKnowNothingOfTheWeb = noClasses()
            .that()
            .areAnnotatedWith(AGGREGATE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "jakarta.servlet..",
                    "org.springframework.jdbc..",
                    "java.sql..")
            .because("an aggregate decides on commands from its own events alone");

    @ArchTest
    public static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.carbonmrv.(*).(*)..").should().beFreeOfCycles();
}
