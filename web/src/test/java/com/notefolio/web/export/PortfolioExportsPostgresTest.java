package com.notefolio.web.export;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortfolioExportsTest} on PostgreSQL: the notes are read through a cursor inside the export's transaction. */
class PortfolioExportsPostgresTest extends PortfolioExportsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
