package com.notefolio.analytics.cli;

import ch.qos.logback.classic.Level;
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
        context.getLogger("org.apache.parquet").setLevel(Level.ERROR);
        // A failed task is reported once, by the command, with the core's message; not with three stack traces.
        context.getLogger("org.apache.spark.executor.Executor").setLevel(Level.OFF);
        context.getLogger("org.apache.spark.scheduler.TaskSetManager").setLevel(Level.ERROR);
        context.getLogger("org.apache.spark.scheduler.TaskResultGetter").setLevel(Level.ERROR);
    }
}
