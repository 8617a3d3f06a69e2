package com.notefolio.web.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before anything connects: when the datasource is the embedded H2 file with user {@code sa} and no
 * password configured (the defaults), prepares it ({@link EmbeddedDatabase}) and supplies its generated
 * password as {@code spring.datasource.password}. Any other database, or a password set by the operator,
 * is left alone.
 */
public final class EmbeddedDatabaseSettings implements EnvironmentPostProcessor, Ordered {

    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        if (!url.startsWith(PREFIX) || !user.equalsIgnoreCase(EmbeddedDatabase.USER) || !password.isEmpty()) {
            return;
        }
        Path base = Path.of(pathOf(url));
        String dataDir = environment.getProperty("notefolio.data-dir");
        boolean ownFolder = dataDir != null
                && Path.of(dataDir).toAbsolutePath().normalize().equals(base.toAbsolutePath().normalize().getParent());
        EmbeddedDatabase database = new EmbeddedDatabase(base, url);
        String generated = database.prepare(ownFolder);
        environment.getPropertySources().addFirst(new MapPropertySource("notefolio-embedded-database",
                Map.of("spring.datasource.password", generated)));
        // A new database's files appear when the application first connects: make them private once it is up.
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> {
            try {
                database.restrictFiles();
            } catch (IOException e) {
                LoggerFactory.getLogger(EmbeddedDatabaseSettings.class)
                        .warn("Could not make the database files of {} owner-only: {}", base, e.getMessage());
            }
        });
    }

    /** The file path of an H2 file URL: after the prefix, before the first option. */
    static String pathOf(String url) {
        String rest = url.substring(PREFIX.length());
        int options = rest.indexOf(';');
        return options < 0 ? rest : rest.substring(0, options);
    }

    /** After Boot has read the application's settings files. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
