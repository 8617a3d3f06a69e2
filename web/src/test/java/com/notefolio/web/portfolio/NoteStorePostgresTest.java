package com.notefolio.web.portfolio;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link NoteStoreTest} on a real PostgreSQL, migrated by the same Flyway scripts. */
class NoteStorePostgresTest extends NoteStoreTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
