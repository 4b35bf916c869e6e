package org.carbonmrv.monitoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.carbonmrv.platform.testsupport.ServiceArchitecture;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps, and: the checks and the operating-day rule are pure, so they can
 * be read and tested without Spring or a database (the QA package's controller, application
 * service and repository are its only Spring beans).
 */
@AnalyzeClasses(packages = "org.carbonmrv.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests everyService = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule checksArePure = noClasses()
            .that()
            .resideInAPackage("..monitoring.qa..")
            .and()
            .areNotAnnotatedWith(RestController.class)
            .and()
            .areNotAnnotatedWith(Service.class)
            .and()
            .areNotAnnotatedWith(Repository.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "org.axonframework..");

    @ArchTest
    static final ArchRule operatingDaysArePure = noClasses()
            .that()
            .haveSimpleName("OperatingDays")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..");

    @ArchTest
    static final ArchRule readingRulesArePure = noClasses()
            .that()
            .haveSimpleName("ReadingRules")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "org.axonframework..");
}
