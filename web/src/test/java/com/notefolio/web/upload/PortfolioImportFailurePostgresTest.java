package com.notefolio.web.upload;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortfolioImportFailureTest} on a real PostgreSQL, migrated by the same Flyway scripts. */
class PortfolioImportFailurePostgresTest extends PortfolioImportFailureTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
