package com.notefolio.web.note;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link NoteAnalysisTest} on a real PostgreSQL. */
class NoteAnalysisPostgresTest extends NoteAnalysisTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
