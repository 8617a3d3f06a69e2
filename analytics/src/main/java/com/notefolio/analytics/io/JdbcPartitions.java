package com.notefolio.analytics.io;

import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A database table read by Spark in key ranges: {@code numPartitions} queries at once, each over a slice
 * of one column's values from the least to the greatest the table holds (Spark's
 * {@code partitionColumn}, {@code lowerBound}, {@code upperBound}), instead of one query through one
 * connection into one task. The bounds only shape the slices: Spark's first and last ranges are open, and
 * the first also takes the rows whose key is null, so every row is read exactly once.
 */
final class JdbcPartitions {

    /** The table cannot be split on the key column; the message says why. */
    static final class UnpartitionableException extends RuntimeException {
        UnpartitionableException(String message) {
            super(message);
        }
    }

    private JdbcPartitions() {
    }

    /**
     * The rows of {@code table} in {@code partitions} ranges of {@code keyColumn} (matched in any case).
     * One partition is read when one is asked, when the table has no such column (its readers say what
     * is missing) or when the column holds no value at all.
     *
     * @throws UnpartitionableException when the key column is not a DATE or TIMESTAMP column
     */
    static Dataset<Row> read(SparkSession spark, String url, String table, Properties credentials, String keyColumn,
                             int partitions) {
        // Spark reads only the table's columns here (a query that returns no rows), not its rows.
        Dataset<Row> whole = spark.read().jdbc(url, table, credentials);
        Optional<StructField> key = Arrays.stream(whole.schema().fields())
                .filter(f -> f.name().equalsIgnoreCase(keyColumn)).findFirst();
        if (key.isEmpty()) {
            return whole;
        }
        StructField k = key.get();
        if (!k.dataType().equals(DataTypes.DateType) && !k.dataType().equals(DataTypes.TimestampType)) {
            throw new UnpartitionableException("the table's " + k.name() + " column is " + k.dataType().sql()
                    + ": the table is read in ranges of it, which needs a DATE (or TIMESTAMP) column");
        }
        // Checked even for one partition: whether a table can be read must not depend on the cores at hand.
        if (partitions <= 1) {
            return whole;
        }
        String quoted = JdbcDialects.get(url).quoteIdentifier(k.name());
        Row bounds = reader(spark, url, credentials)
                .option("query", "SELECT MIN(" + quoted + ") AS lo, MAX(" + quoted + ") AS hi FROM " + table)
                .load().first();
        if (bounds.isNullAt(0)) {
            return whole;
        }
        // java.time values (the session's java8API): ISO text, which Spark parses back for the column's type.
        return reader(spark, url, credentials)
                .option("dbtable", table)
                .option("partitionColumn", k.name())
                .option("lowerBound", bounds.get(0).toString())
                .option("upperBound", bounds.get(1).toString())
                .option("numPartitions", partitions)
                .load();
    }

    private static DataFrameReader reader(SparkSession spark, String url, Properties credentials) {
        DataFrameReader r = spark.read().format("jdbc").option("url", url);
        credentials.stringPropertyNames().forEach(name -> r.option(name, credentials.getProperty(name)));
        return r;
    }
}
