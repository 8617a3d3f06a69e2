package com.notefolio.web.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the Spark session in the background once the application is up, so the first dashboard does
 * not wait the five seconds a session takes to start; the login page does not wait for it either.
 * {@code notefolio.spark.start-at-boot=false} leaves the session to the first job (tests do).
 */
@Component
public class SparkWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SparkWarmUp.class);

    private final SparkEngine engine;
    private final boolean enabled;

    public SparkWarmUp(SparkEngine engine, @Value("${notefolio.spark.start-at-boot:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startInBackground() {
        if (!enabled) {
            return;
        }
        Thread starter = new Thread(() -> {
            try {
                engine.session();
            } catch (RuntimeException e) {
                // The first job will try again and report the reason to its user.
                LOG.warn("Spark did not start in the background: {}", e.toString());
            }
        }, "spark-warm-up");
        starter.setDaemon(true);
        starter.start();
    }
}
