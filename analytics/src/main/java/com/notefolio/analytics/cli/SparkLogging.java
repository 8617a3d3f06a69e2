package com.notefolio.analytics.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Turns Spark's logging down for a command: without a configuration logback logs everything at DEBUG,
 * and a command's stderr is for progress and errors. Two routine warnings on a laptop (the host name
 * resolving to loopback; no native Hadoop library) say nothing a user can act on, so they are hidden.
 * A configuration the user gives ({@code -Dlogback.configurationFile}) is left alone.
 */
final class SparkLogging {

    private SparkLogging() {
    }

    static void quiet() {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger("org.apache.spark.util.Utils").setLevel(Level.ERROR);
        context.getLogger("org.apache.hadoop.util.NativeCodeLoader").setLevel(Level.ERROR);
        Logger parquet = context.getLogger("org.apache.parquet");
        parquet.setLevel(Level.ERROR);
    }
}
