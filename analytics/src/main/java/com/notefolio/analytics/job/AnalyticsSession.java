package com.notefolio.analytics.job;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command or a test: embedded {@code local[*]} by default, its driver on the
 * {@link DriverAddresses} given (127.0.0.1 in local mode, where a laptop's other interfaces may be
 * unreachable or firewalled), no web UI (it would bind 0.0.0.0), and Kryo for the partition aggregates
 * that travel to the driver.
 */
public final class AnalyticsSession {

    public static final String DEFAULT_MASTER = "local[*]";

    private AnalyticsSession() {
    }

    /** A builder with every setting the jobs rely on and the default driver addresses. */
    public static SparkSession.Builder builder(String master, int shufflePartitions) {
        return builder(master, shufflePartitions, DriverAddresses.DEFAULT);
    }

    /** A builder with every setting the jobs rely on; callers add their own before {@code getOrCreate()}. */
    public static SparkSession.Builder builder(String master, int shufflePartitions, DriverAddresses driver) {
        SparkSession.Builder b = SparkSession.builder()
                .appName("notefolio")
                .master(master);
        driver.settingsFor(master).forEach(b::config);
        return b
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                // Note rows have 34 columns; Spark would warn that it shortened their plans in messages.
                .config("spark.sql.debug.maxToStringFields", "200")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryo.registrator", CoreKryoRegistrator.class.getName())
                // Dates in rows are java.time values on both sides, as the core's are.
                .config("spark.sql.datetime.java8API.enabled", "true");
    }
}
