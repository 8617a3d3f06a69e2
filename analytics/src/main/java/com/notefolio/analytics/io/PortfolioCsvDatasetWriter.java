package com.notefolio.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes notes in the core's portfolio CSV format (docs/portfolio-format.md), one file, and the STATED
 * notes' payments in a stated schedules CSV beside it, so that the core's own commands read what Spark
 * wrote. Both files appear only when both are complete.
 */
public final class PortfolioCsvDatasetWriter {

    private PortfolioCsvDatasetWriter() {
    }

    /** The schedules file written beside {@code notes}: {@code portfolio.csv} → {@code portfolio-schedules.csv}. */
    public static Path schedulesBeside(Path notes) {
        String name = notes.getFileName().toString();
        return notes.resolveSibling(name.substring(0, name.length() - ".csv".length()) + "-schedules.csv");
    }

    public static void write(Dataset<NoteRow> notes, Path target) {
        Path schedulesTarget = schedulesBeside(target);
        Path work = OutputFiles.workingFolder(target);
        Dataset<Row> cached = notes.toDF();
        singleCsv(cached.select(noteColumns()), work.resolve("notes"));
        singleCsv(cached.filter(col("statedPayments").isNotNull())
                .select(col("noteId").as(StatedScheduleCsvReader.NOTE_ID), posexplode(col("statedPayments")))
                .select(col(StatedScheduleCsvReader.NOTE_ID), col("col.dueDate").as(StatedScheduleCsvReader.DUE_DATE),
                        col("col.payment").as(StatedScheduleCsvReader.PAYMENT)), work.resolve("schedules"));
        OutputFiles.replace(OutputFiles.onlyPart(work.resolve("notes"), ".csv"), target);
        OutputFiles.replace(OutputFiles.onlyPart(work.resolve("schedules"), ".csv"), schedulesTarget);
        OutputFiles.deleteTree(work);
    }

    /** One CSV file, RFC 4180 quoting, ISO dates, blank for absent: the core format's conventions. */
    private static void singleCsv(Dataset<Row> rows, Path folder) {
        rows.coalesce(1).write()
                .option("header", "true")
                .option("escape", "\"")
                .option("dateFormat", "yyyy-MM-dd")
                .csv(folder.toString());
    }

    private static Column[] noteColumns() {
        return new Column[] {
            col("noteId").as(PortfolioCsvReader.NOTE_ID),
            col("principal").as(PortfolioCsvReader.PRINCIPAL),
            col("annualRate").as(PortfolioCsvReader.ANNUAL_RATE),
            col("issueDate").as(PortfolioCsvReader.ISSUE_DATE),
            col("maturityDate").as(PortfolioCsvReader.MATURITY_DATE),
            col("amortization").as(PortfolioCsvReader.AMORTIZATION),
            col("currency").as(PortfolioCsvReader.CURRENCY),
            col("firstPaymentDate").as(PortfolioCsvReader.FIRST_PAYMENT_DATE),
            col("frequency").as(PortfolioCsvReader.FREQUENCY),
            col("dayCount").as(PortfolioCsvReader.DAY_COUNT),
            col("payment").as(PortfolioCsvReader.PAYMENT),
            col("amortizationMonths").as(PortfolioCsvReader.AMORTIZATION_MONTHS),
            col("paymentRounding").as(PortfolioCsvReader.PAYMENT_ROUNDING),
            col("interestRounding").as(PortfolioCsvReader.INTEREST_ROUNDING),
            col("borrower").as(PortfolioCsvReader.BORROWER),
            col("borrowerAddress").as(PortfolioCsvReader.BORROWER_ADDRESS),
            col("lender").as(PortfolioCsvReader.LENDER),
            col("lenderAddress").as(PortfolioCsvReader.LENDER_ADDRESS),
            col("sector").as(PortfolioCsvReader.SECTOR),
            col("region").as(PortfolioCsvReader.REGION),
            col("rating").as(PortfolioCsvReader.RATING),
            col("secured").as(PortfolioCsvReader.SECURED),
            col("collateral").as(PortfolioCsvReader.COLLATERAL),
            col("collateralValue").as(PortfolioCsvReader.COLLATERAL_VALUE),
            col("price").as(PortfolioCsvReader.PRICE),
            col("prepaymentAllowed").as(PortfolioCsvReader.PREPAYMENT_ALLOWED),
            col("prepaymentPenalty").as(PortfolioCsvReader.PREPAYMENT_PENALTY),
            col("lockoutUntil").as(PortfolioCsvReader.LOCKOUT_UNTIL),
            col("cureDays").as(PortfolioCsvReader.CURE_DAYS),
            col("defaultRate").as(PortfolioCsvReader.DEFAULT_RATE),
            col("accelerates").as(PortfolioCsvReader.ACCELERATES),
            col("collectionCostsPayable").as(PortfolioCsvReader.COLLECTION_COSTS_PAYABLE),
            col("governingLaw").as(PortfolioCsvReader.GOVERNING_LAW),
            col("oddDays").as(PortfolioCsvReader.ODD_DAYS)};
    }
}
