/**
 * The analytics commands of the {@code notefolio} command line, {@code generate}, {@code analyze} and
 * {@code bench-spark}, found by the core's {@code Main} through {@link com.notefolio.core.cli.CommandProvider},
 * and the Spark options and logging they share.
 */
package com.notefolio.analytics.cli;
