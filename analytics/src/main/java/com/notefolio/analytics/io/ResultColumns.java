package com.notefolio.analytics.io;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The columns of the result datasets in the order a reader expects and with the snake_case names of the
 * core's CSV files ({@code note_id, as_of, outstanding_principal_minor…}); Spark's bean encoder would
 * order them alphabetically.
 */
public enum ResultColumns {
    MEASURES("noteId", "scenario", "asOf", "currency", "outstandingPrincipalMinor", "accruedInterestMinor",
            "priceMinor", "npv", "yield", "yieldNominal", "walYears", "macaulayDuration", "modifiedDuration",
            "convexity", "dv01", "deltaNpv", "deltaYield", "deltaWalYears", "deltaModifiedDuration", "warnings",
            "discountMargin", "effectiveDuration"),
    TOTALS("scenario", "currency", "asOf", "notes", "outstandingMinor", "accruedMinor", "priceMinor", "npv", "dv01",
            "weightedCoupon", "weightedYield", "notesOutOfYield", "yieldExclusions", "walYears", "macaulayDuration", "modifiedDuration", "top1Share",
            "top5Share", "top10Share", "herfindahl", "scheduledCashMinor", "defaultedMinor", "recoveryMinor",
            "expectedLossMinor", "deltaNpv", "deltaWeightedYield", "deltaWalYears", "deltaModifiedDuration",
            "deltaScheduledCashMinor", "floatingShare"),
    LADDER("scenario", "currency", "period", "month", "interestMinor", "principalMinor", "prepaidMinor", "defaultedMinor",
            "recoveryMinor", "penaltyMinor", "totalMinor", "closingBalanceMinor", "feeMinor"),
    EXPOSURE("scenario", "currency", "dimension", "key", "notes", "outstandingMinor", "accruedMinor", "exposureMinor",
            "collateralMinor", "share", "collateralCoverage");

    private final String[] fields;

    ResultColumns(String... fields) {
        this.fields = fields;
    }

    /** The rows' columns in this order, renamed to snake_case. */
    public Dataset<Row> select(Dataset<?> rows) {
        return rows.select(Arrays.stream(fields).map(f -> col(f).as(snake(f))).toArray(Column[]::new));
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
