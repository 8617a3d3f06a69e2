package com.notefolio.web.dashboard;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortfolioSnapshotsTest} on a real PostgreSQL, migrated by the same Flyway scripts. */
class PortfolioSnapshotsPostgresTest extends PortfolioSnapshotsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
