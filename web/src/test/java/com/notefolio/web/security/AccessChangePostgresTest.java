package com.notefolio.web.security;

import com.notefolio.web.testing.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AccessChangeTest} on a real PostgreSQL: the access version, the sessions it ends and the audit
 * trail (written and read back newest first) on the same Flyway migration as H2.
 */
class AccessChangePostgresTest extends AccessChangeTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
