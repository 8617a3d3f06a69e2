package com.notefolio.web.dashboard;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.DriverAddresses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's Spark session, one per JVM, started on first use (a session takes seconds to start
 * and most visits never need it) and stopped when the application shuts down. Embedded
 * ({@code local[*]}) by default; {@code notefolio.spark.master} may name a standalone cluster
 * ({@code spark://127.0.0.1:7077}), whose executors then load the application's classes from
 * {@code notefolio.spark.jars} (by default the jar this class was loaded from), and call the driver on
 * {@code notefolio.spark.driver-host} while it listens on {@code notefolio.spark.driver-bind-address}
 * (both 127.0.0.1 in local mode when unset, Spark's choice otherwise: see {@link DriverAddresses}).
 *
 * <p>Jobs of different users share the executors fairly ({@code spark.scheduler.mode=FAIR}; each job runs
 * in its user's pool, see {@link SparkJobs}).
 */
@Component
public class SparkEngine implements DisposableBean {

    private final String master;
    private final String jars;
    private final int shufflePartitions;
    private final DriverAddresses driver;
    private volatile SparkSession session;

    /** An engine with the default driver addresses (tests that never start a cluster). */
    public SparkEngine(String master, String jars, int shufflePartitions) {
        this(master, jars, shufflePartitions, "", "");
    }

    /**
     * @throws IllegalArgumentException naming the property when a driver address is not one (the
     *                                  application then refuses to start, rather than fail at first use)
     */
    @Autowired
    public SparkEngine(@Value("${notefolio.spark.master:" + AnalyticsSession.DEFAULT_MASTER + "}") String master,
                       @Value("${notefolio.spark.jars:}") String jars,
                       @Value("${notefolio.spark.shuffle-partitions:4}") int shufflePartitions,
                       @Value("${notefolio.spark.driver-host:}") String driverHost,
                       @Value("${notefolio.spark.driver-bind-address:}") String driverBindAddress) {
        this.master = master;
        this.jars = jars;
        this.shufflePartitions = shufflePartitions;
        this.driver = DriverAddresses.of(driverHost, driverBindAddress, "notefolio.spark.driver-host",
                "notefolio.spark.driver-bind-address");
    }

    /** The session, started now if it is not yet. */
    public SparkSession session() {
        SparkSession s = session;
        if (s == null) {
            synchronized (this) {
                if (session == null) {
                    session = start();
                }
                s = session;
            }
        }
        return s;
    }

    /** Whether the session has been started (progress and cancel need nothing from an unstarted one). */
    public boolean started() {
        return session != null;
    }

    public String master() {
        return master;
    }

    private SparkSession start() {
        SparkSession.Builder builder = AnalyticsSession.builder(master, shufflePartitions, driver)
                .appName("notefolio-web")
                .config("spark.scheduler.mode", "FAIR");
        if (master.startsWith("spark://")) {
            builder.config("spark.jars", applicationJar());
        }
        return builder.getOrCreate();
    }

    /**
     * Cancels a job group's Spark jobs, those running now (their tasks interrupted) and any it submits
     * later: a job's work may be between two checks of its cancel flag when the user cancels.
     */
    public void cancelGroup(String group) {
        if (started()) {
            session.sparkContext().cancelJobGroupAndFutureJobs(group);
        }
    }

    /** What executors of a cluster load our classes from: the setting, or the jar holding this class. */
    private String applicationJar() {
        if (!jars.isBlank()) {
            return jars;
        }
        try {
            Path location = Paths.get(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                return location.toString();
            }
        } catch (Exception e) {
            // A nested or non-file location: the setting is needed, as said below.
        }
        throw new IllegalStateException("notefolio.spark.master is " + master
                + ": set notefolio.spark.jars to the application jar that the cluster's executors should load");
    }

    @Override
    public synchronized void destroy() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
