package com.notefolio.web.cli;

import com.notefolio.web.NotefolioApplication;
import com.notefolio.web.storage.DamagedDatabaseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code notefolio serve}: starts the web application in this JVM and returns when it stops. Options
 * are a convenience for the usual settings; any other Spring setting passes through as
 * {@code --name=value}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web application (embedded H2 database and local Spark unless configured).",
                "Any Spring setting can follow as --name=value, e.g. --spring.datasource.url=jdbc:postgresql://…"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default 8080).")
    Integer port;

    @Option(names = "--address", description = "Address to bind (default 127.0.0.1).")
    String address;

    @Parameters(arity = "0..*", paramLabel = "--setting=value", description = "Spring settings passed through.")
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(settings);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (address != null) {
            args.add("--server.address=" + address);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(NotefolioApplication.class);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = application.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has reported why (a damaged database: in plain words, see DamagedDatabaseAnalyzer).
            DamagedDatabaseException damaged = DamagedDatabaseException.in(e);
            System.err.println("notefolio serve: " + (damaged != null
                    ? damaged.getMessage() + " " + damaged.action() : "the application did not start: " + e.getMessage()));
            return 1;
        }
        // Main exits the JVM when a command returns: wait until the application is shut down (Ctrl-C).
        if (context.isActive()) {
            stopped.await();
        }
        return 0;
    }
}
