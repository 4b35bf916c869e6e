package org.carbonmrv.platform.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base class of {@code *IT} tests: points the service at a real PostgreSQL (see {@link TestDatabase}). */
public abstract class PostgresIntegrationTest {

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }
}
