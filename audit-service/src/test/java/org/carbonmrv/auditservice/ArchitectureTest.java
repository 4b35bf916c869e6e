package org.carbonmrv.auditservice;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.carbonmrv.platform.testsupport.ServiceArchitecture;

/** The rules every service keeps that apply to one without aggregates: controllers without JDBC, no cycles. */
@AnalyzeClasses(packages = "org.carbonmrv.auditservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersNeverTouchJdbc = ServiceArchitecture.controllersNeverTouchJdbc;

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = ServiceArchitecture.featurePackagesHaveNoCycles;
}
