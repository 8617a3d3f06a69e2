package com.notefolio.web.upload;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PortfolioRatesImportTest} on PostgreSQL: the rate columns, rate steps and index data of migration
 * V5 (numeric rates, dates, the index tables) stored and read back exactly, and replaced all or nothing.
 */
class PortfolioRatesImportPostgresTest extends PortfolioRatesImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
