package com.notefolio.web.whatif;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link WhatIfFromSnapshotTest} on a real PostgreSQL, migrated by the same Flyway scripts. */
class WhatIfFromSnapshotPostgresTest extends WhatIfFromSnapshotTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
