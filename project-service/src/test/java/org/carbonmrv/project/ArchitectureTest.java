package org.carbonmrv.project;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.carbonmrv.platform.testsupport.ServiceArchitecture;

/** The rules every service keeps (controllers without JDBC, aggregates without the web, no cycles between features). */
@AnalyzeClasses(packages = "org.carbonmrv.project", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests everyService = ArchTests.in(ServiceArchitecture.class);
}
