package org.carbonmrv.monitoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The checks and the operating-day rule are pure: they can be read and tested without Spring or a database. */
@AnalyzeClasses(packages = "org.carbonmrv.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule checksArePure = noClasses()
            .that().resideInAPackage("..monitoring.qa..").and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "org.axonframework..");

    @ArchTest
    static final ArchRule operatingDaysArePure = noClasses()
            .that().haveSimpleName("OperatingDays")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..");

    @ArchTest
    static final ArchRule readingRulesArePure = noClasses()
            .that().haveSimpleName("ReadingRules")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "org.axonframework..");
}
