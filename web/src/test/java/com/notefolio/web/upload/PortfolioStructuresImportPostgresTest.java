package com.notefolio.web.upload;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PortfolioStructuresImportTest} on PostgreSQL: the structure columns and the draw and installment
 * tables of migration V8 stored and read back exactly.
 */
class PortfolioStructuresImportPostgresTest extends PortfolioStructuresImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
