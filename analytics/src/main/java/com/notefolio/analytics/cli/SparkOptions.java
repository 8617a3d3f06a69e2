package com.notefolio.analytics.cli;

import com.notefolio.analytics.job.AnalyticsSession;
import com.notefolio.analytics.job.DriverAddresses;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.note.NoteTerms;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.SparkSession;
import org.javamoney.moneta.Money;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The Spark options the analytics commands share: where to run, and how finely to split the work. */
public final class SparkOptions {

    /**
     * A class of each jar the executors need beyond Spark's own: this module, the core, and the core's
     * libraries (Moneta, Commons CSV, Strata's calendars with Joda-Beans, Joda-Convert and Guava).
     */
    private static final String[] APPLICATION_CLASSES = {NoteRow.class.getName(), NoteTerms.class.getName(),
        Money.class.getName(), javax.money.Monetary.class.getName(), CSVFormat.class.getName(),
        "com.opengamma.strata.basics.date.HolidayCalendar", "com.opengamma.strata.collect.ArgChecker",
        "org.joda.beans.Bean", "org.joda.convert.StringConvert", "com.google.common.collect.ImmutableList",
        "com.google.common.util.concurrent.internal.InternalFutureFailureAccess"};

    // Under spark-submit the master arrives as the system property spark.master.
    @Option(names = "--master", paramLabel = "URL", defaultValue = "${sys:spark.master:-" + AnalyticsSession.DEFAULT_MASTER + "}",
            description = "Spark master: local[*] (default, embedded; spark-submit's --master when run by it),"
                    + " local[N], spark://host:7077, yarn, k8s://…")
    String master;

    @Option(names = "--driver-host", paramLabel = "HOST", defaultValue = "${env:NOTEFOLIO_DRIVER_HOST}",
            description = "Address executors call the driver on (spark.driver.host; env NOTEFOLIO_DRIVER_HOST):"
                    + " 127.0.0.1 in local mode, Spark's choice (this machine's name, SPARK_LOCAL_IP) otherwise.")
    String driverHost;

    @Option(names = "--driver-bind-address", paramLabel = "ADDRESS", defaultValue = "${env:NOTEFOLIO_DRIVER_BIND_ADDRESS}",
            description = "Address of this machine the driver listens on (spark.driver.bindAddress; env"
                    + " NOTEFOLIO_DRIVER_BIND_ADDRESS, 0.0.0.0 for all): 127.0.0.1 in local mode, the driver host otherwise.")
    String driverBindAddress;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the notes (default: the cores Spark has, and more for large portfolios).")
    Integer partitions;

    /** Starts the session; on a cluster the executors are sent the jars of this module and the core. */
    SparkSession start() {
        DriverAddresses driver;
        try {
            driver = DriverAddresses.of(driverHost, driverBindAddress, "--driver-host", "--driver-bind-address");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        SparkLogging.quiet();
        SparkSession.Builder b = AnalyticsSession.builder(master, 8, driver);
        // spark-submit has set spark.jars to its --jars and the application jar: the user's list stands.
        if (!master.startsWith("local") && System.getProperty("spark.jars") == null) {
            Set<String> jars = new LinkedHashSet<>();
            for (String c : APPLICATION_CLASSES) {
                jarOf(c).ifPresent(jars::add);
            }
            b.config("spark.jars", String.join(",", jars));
        }
        if (!master.startsWith("local")) {
            b.config("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        }
        return b.getOrCreate();
    }

    int partitionsFor(SparkSession spark, long notes) {
        if (partitions != null) {
            return partitions;
        }
        // About 250,000 notes a partition keeps a task's work a few seconds long and its memory small.
        return (int) Math.max(spark.sparkContext().defaultParallelism(), (notes + 249_999) / 250_000);
    }

    private static java.util.Optional<String> jarOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, SparkOptions.class.getClassLoader());
            Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? java.util.Optional.of(p.toString()) : java.util.Optional.empty();
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
