package com.notefolio.analytics.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.DrawCsvReader;
import com.notefolio.core.io.InstallmentCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes notes in the core's portfolio CSV format (docs/portfolio-format.md), one file, and the STATED
 * notes' payments in a stated schedules CSV beside it, so that the core's own commands read what Spark
 * wrote; with the rate columns, the stepped notes' rate changes in a rate-steps CSV beside it too; with the
 * structure columns, the roll and structure columns and the notes' draws in a draws CSV beside it. The
 * files appear only when all are complete.
 */
public final class PortfolioCsvDatasetWriter {

    private PortfolioCsvDatasetWriter() {
    }

    /** The schedules file written beside {@code notes}: {@code portfolio.csv} → {@code portfolio-schedules.csv}. */
    public static Path schedulesBeside(Path notes) {
        return beside(notes, "schedules");
    }

    /** The rate-steps file written beside {@code notes}: {@code portfolio.csv} → {@code portfolio-rate-steps.csv}. */
    public static Path rateStepsBeside(Path notes) {
        return beside(notes, "rate-steps");
    }

    /** The draws file written beside {@code notes}: {@code portfolio.csv} → {@code portfolio-draws.csv}. */
    public static Path drawsBeside(Path notes) {
        return beside(notes, "draws");
    }

    /** The installments file written beside {@code notes}: {@code portfolio.csv} → {@code portfolio-installments.csv}. */
    public static Path installmentsBeside(Path notes) {
        return beside(notes, "installments");
    }

    /**
     * A CSV file beside a portfolio, named after it: {@code portfolio.csv} or the Parquet folder
     * {@code portfolio.parquet}, with {@code what} {@code fixings}, is {@code portfolio-fixings.csv}.
     */
    public static Path beside(Path notes, String what) {
        String name = notes.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return notes.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-" + what + ".csv");
    }

    /** The notes without the rate columns, as the fixed-rate portfolio has always been written. */
    public static void write(Dataset<NoteRow> notes, Path target) {
        write(notes, target, false);
    }

    /**
     * The notes, with the rate columns ({@link PortfolioCsvReader#RATE_COLUMNS}) after the others and the
     * rate-steps file beside them when {@code rateColumns}; without, exactly the columns of the fixed-rate format.
     */
    public static void write(Dataset<NoteRow> notes, Path target, boolean rateColumns) {
        write(notes, target, rateColumns, false);
    }

    /**
     * The notes as above; with {@code structureColumns} also the business-day and payment-day columns
     * ({@link PortfolioCsvReader#SCHEDULE_COLUMNS}) and the structure columns
     * ({@link PortfolioCsvReader#STRUCTURE_COLUMNS}) after the others, and the draws and installments files beside them.
     * Without, the files are exactly those written before these columns existed.
     */
    public static void write(Dataset<NoteRow> notes, Path target, boolean rateColumns, boolean structureColumns) {
        Path schedulesTarget = schedulesBeside(target);
        Path work = OutputFiles.workingFolder(target);
        Dataset<Row> cached = notes.toDF();
        Column[] columns = rateColumns ? withRateColumns(noteColumns()) : noteColumns();
        singleCsv(cached.select(structureColumns ? withStructureColumns(columns) : columns), work.resolve("notes"));
        if (structureColumns) {
            singleCsv(cached.filter(col("draws").isNotNull())
                    .select(col("noteId").as(DrawCsvReader.NOTE_ID), posexplode(col("draws")))
                    .select(col(DrawCsvReader.NOTE_ID), col("col.date").as(DrawCsvReader.DATE),
                            col("col.amount").as(DrawCsvReader.AMOUNT), col("col.kind").as(DrawCsvReader.KIND)),
                    work.resolve("draws"));
            singleCsv(cached.filter(col("installments").isNotNull())
                    .select(col("noteId").as(InstallmentCsvReader.NOTE_ID), posexplode(col("installments")))
                    .select(col(InstallmentCsvReader.NOTE_ID), col("col.from").as(InstallmentCsvReader.FROM),
                            col("col.amount").as(InstallmentCsvReader.AMOUNT),
                            col("col.kind").as(InstallmentCsvReader.KIND)),
                    work.resolve("installments"));
        }
        singleCsv(cached.filter(col("statedPayments").isNotNull())
                .select(col("noteId").as(StatedScheduleCsvReader.NOTE_ID), posexplode(col("statedPayments")))
                .select(col(StatedScheduleCsvReader.NOTE_ID), col("col.dueDate").as(StatedScheduleCsvReader.DUE_DATE),
                        col("col.payment").as(StatedScheduleCsvReader.PAYMENT)), work.resolve("schedules"));
        if (rateColumns) {
            singleCsv(cached.filter(col("rateSteps").isNotNull())
                    .select(col("noteId").as(RateStepCsvReader.NOTE_ID), posexplode(col("rateSteps")))
                    .select(col(RateStepCsvReader.NOTE_ID), col("col.from").as(RateStepCsvReader.FROM),
                            col("col.rate").as(RateStepCsvReader.RATE)), work.resolve("rate-steps"));
        }
        OutputFiles.replace(OutputFiles.onlyPart(work.resolve("notes"), ".csv"), target);
        OutputFiles.replace(OutputFiles.onlyPart(work.resolve("schedules"), ".csv"), schedulesTarget);
        if (rateColumns) {
            OutputFiles.replace(OutputFiles.onlyPart(work.resolve("rate-steps"), ".csv"), rateStepsBeside(target));
        }
        if (structureColumns) {
            OutputFiles.replace(OutputFiles.onlyPart(work.resolve("draws"), ".csv"), drawsBeside(target));
            OutputFiles.replace(OutputFiles.onlyPart(work.resolve("installments"), ".csv"), installmentsBeside(target));
        }
        OutputFiles.deleteTree(work);
    }

    private static Column[] withRateColumns(Column[] columns) {
        Column[] rate = {
            col("rateKind").as(PortfolioCsvReader.RATE_KIND),
            col("index").as(PortfolioCsvReader.INDEX),
            col("spread").as(PortfolioCsvReader.SPREAD),
            col("multiplier").as(PortfolioCsvReader.MULTIPLIER),
            col("resetFrequency").as(PortfolioCsvReader.RESET_FREQUENCY),
            col("firstResetDate").as(PortfolioCsvReader.FIRST_RESET_DATE),
            col("lookbackDays").as(PortfolioCsvReader.LOOKBACK_DAYS),
            col("periodicCap").as(PortfolioCsvReader.PERIODIC_CAP),
            col("periodicFloor").as(PortfolioCsvReader.PERIODIC_FLOOR),
            col("lifetimeCap").as(PortfolioCsvReader.LIFETIME_CAP),
            col("lifetimeFloor").as(PortfolioCsvReader.LIFETIME_FLOOR),
            col("rateRounding").as(PortfolioCsvReader.RATE_ROUNDING),
            col("rateRoundingMode").as(PortfolioCsvReader.RATE_ROUNDING_MODE),
            col("conversionDate").as(PortfolioCsvReader.CONVERSION_DATE),
            col("convertedRate").as(PortfolioCsvReader.CONVERTED_RATE),
            col("maxLawfulRate").as(PortfolioCsvReader.MAX_LAWFUL_RATE),
            col("paymentOnReset").as(PortfolioCsvReader.PAYMENT_ON_RESET),
            col("negativeAmortizationCap").as(PortfolioCsvReader.NEGATIVE_AMORTIZATION_CAP),
            col("lookbackCalendar").as(PortfolioCsvReader.LOOKBACK_CALENDAR),
            col("negativeRates").as(PortfolioCsvReader.NEGATIVE_RATES),
            col("resetTiming").as(PortfolioCsvReader.RESET_TIMING)};
        Column[] all = java.util.Arrays.copyOf(columns, columns.length + rate.length);
        System.arraycopy(rate, 0, all, columns.length, rate.length);
        return all;
    }

    private static Column[] withStructureColumns(Column[] columns) {
        Column[] more = {
            col("calendar").as(PortfolioCsvReader.CALENDAR),
            col("businessDayConvention").as(PortfolioCsvReader.BUSINESS_DAY_CONVENTION),
            col("accrualDates").as(PortfolioCsvReader.ACCRUAL_DATES),
            col("paymentDay").as(PortfolioCsvReader.PAYMENT_DAY),
            col("disbursementDate").as(PortfolioCsvReader.DISBURSEMENT_DATE),
            col("firstPrincipalDate").as(PortfolioCsvReader.FIRST_PRINCIPAL_DATE),
            col("principalFrequency").as(PortfolioCsvReader.PRINCIPAL_FREQUENCY),
            col("deferralThrough").as(PortfolioCsvReader.DEFERRAL_THROUGH),
            col("deferredInterest").as(PortfolioCsvReader.DEFERRED_INTEREST),
            col("commitmentFee").as(PortfolioCsvReader.COMMITMENT_FEE),
            col("payableOnDemand").as(PortfolioCsvReader.PAYABLE_ON_DEMAND)};
        Column[] all = java.util.Arrays.copyOf(columns, columns.length + more.length);
        System.arraycopy(more, 0, all, columns.length, more.length);
        return all;
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
