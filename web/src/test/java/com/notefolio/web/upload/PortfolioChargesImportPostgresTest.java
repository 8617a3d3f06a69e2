package com.notefolio.web.upload;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortfolioChargesImportTest} on PostgreSQL: the charge columns of migration V10 stored and read back exactly. */
class PortfolioChargesImportPostgresTest extends PortfolioChargesImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
