package com.notefolio.core.io;

import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reader of the portfolio CSV, one note a row, as a stream of {@link Position}s: rows are read and turned
 * into validated {@link NoteTerms} one at a time, so memory does not grow with the number of rows, by
 * the core's one mapping from columns to positions, {@link PositionColumns}. The
 * format (every column, its type and default) is documented in {@code docs/portfolio-format.md}; the
 * column names are the constants of this class.
 *
 * <p>A STATED note takes its payments from the {@link StatedSchedules} given. Schedule rows for a note
 * that is in the portfolio but not STATED are reported where that note is read; rows for a note id the
 * portfolio never mentions are reported at the end, once the whole portfolio has been read (only then is
 * it known). Stepped notes take their rate changes from the {@link RateSteps} given, checked the same
 * way, and so are the advances and forgiven amounts of {@link Draws} and the steps of {@link Installments}. Duplicate note ids are not detected: that would need memory growing with the rows.
 *
 * <p>Errors: opened without an error consumer, the reader throws an {@link InputException} at the first
 * bad row (from {@link #hasNext()} or {@link #next()}); with one, it reports every bad row to the consumer
 * and leaves the row out, so a caller can list all problems of an upload at once. A bad header is reported
 * when the file is opened (thrown, or reported with no rows following). Each bad row gives one error: the
 * first problem found in it. Close the reader (or the stream) when done.
 */
public final class PortfolioCsvReader implements Iterator<Position>, Closeable {

    public static final String NOTE_ID = "note_id";
    public static final String PRINCIPAL = "principal";
    public static final String ANNUAL_RATE = "annual_rate";
    public static final String ISSUE_DATE = "issue_date";
    public static final String MATURITY_DATE = "maturity_date";
    public static final String AMORTIZATION = "amortization";
    public static final String CURRENCY = "currency";
    public static final String FIRST_PAYMENT_DATE = "first_payment_date";
    public static final String FREQUENCY = "frequency";
    public static final String DAY_COUNT = "day_count";
    /** How a PERIODIC note charges a stub period: WHOLE_PERIOD (blank) or a day-count basis; see {@link OddDays}. */
    public static final String ODD_DAYS = "odd_days";
    public static final String PAYMENT = "payment";
    public static final String AMORTIZATION_MONTHS = "amortization_months";
    public static final String PAYMENT_ROUNDING = "payment_rounding";
    public static final String INTEREST_ROUNDING = "interest_rounding";
    public static final String BORROWER = "borrower";
    public static final String BORROWER_ADDRESS = "borrower_address";
    public static final String LENDER = "lender";
    public static final String LENDER_ADDRESS = "lender_address";
    public static final String SECTOR = "sector";
    public static final String REGION = "region";
    public static final String RATING = "rating";
    public static final String SECURED = "secured";
    public static final String COLLATERAL = "collateral";
    public static final String COLLATERAL_VALUE = "collateral_value";
    public static final String PRICE = "price";
    public static final String PREPAYMENT_ALLOWED = "prepayment_allowed";
    public static final String PREPAYMENT_PENALTY = "prepayment_penalty";
    public static final String LOCKOUT_UNTIL = "lockout_until";
    public static final String CURE_DAYS = "cure_days";
    public static final String DEFAULT_RATE = "default_rate";
    public static final String ACCELERATES = "accelerates";
    public static final String COLLECTION_COSTS_PAYABLE = "collection_costs_payable";
    public static final String GOVERNING_LAW = "governing_law";
    /** The rate's kind: fixed (blank), stepped, floating, fixed_to_floating, floating_to_fixed. */
    public static final String RATE_KIND = "rate_kind";
    /** A floating rate's index name (SOFR, PRIME), as the fixings and index curve files name it. */
    public static final String INDEX = "index";
    public static final String SPREAD = "spread";
    public static final String MULTIPLIER = "multiplier";
    public static final String RESET_FREQUENCY = "reset_frequency";
    public static final String FIRST_RESET_DATE = "first_reset_date";
    public static final String LOOKBACK_DAYS = "lookback_days";
    public static final String PERIODIC_CAP = "periodic_cap";
    public static final String PERIODIC_FLOOR = "periodic_floor";
    public static final String LIFETIME_CAP = "lifetime_cap";
    public static final String LIFETIME_FLOOR = "lifetime_floor";
    /** The increment a reset rate is rounded to, a fraction (0.00125 is 1/8 %). */
    public static final String RATE_ROUNDING = "rate_rounding";
    /** nearest (blank), up or down. */
    public static final String RATE_ROUNDING_MODE = "rate_rounding_mode";
    public static final String CONVERSION_DATE = "conversion_date";
    public static final String CONVERTED_RATE = "converted_rate";
    public static final String MAX_LAWFUL_RATE = "max_lawful_rate";
    /** reamortize (blank) or keep_payment. */
    public static final String PAYMENT_ON_RESET = "payment_on_reset";
    public static final String NEGATIVE_AMORTIZATION_CAP = "negative_amortization_cap";
    /** The calendar whose business days lookback_days counts (blank: calendar days). */
    public static final String LOOKBACK_CALENDAR = "lookback_calendar";
    /** Whether a floating rate may go below zero: held_at_zero (blank) or allowed. */
    public static final String NEGATIVE_RATES = "negative_rates";
    /** From when a reset's rate accrues: next_period (blank) or reset_date. */
    public static final String RESET_TIMING = "reset_timing";
    /** A holiday calendar by its market name (USNY, NYSE, GBLO, EUTA, WEEKENDS…, or several joined with +). */
    public static final String CALENDAR = "calendar";
    /** none (blank), following, modified following, preceding, modified preceding. */
    public static final String BUSINESS_DAY_CONVENTION = "business_day_convention";
    /** adjusted (blank: interest to the moved due date) or unadjusted (interest to the rolled date). */
    public static final String ACCRUAL_DATES = "accrual_dates";
    /** The day of the month the note is payable on, 1 to 31 (blank: the first payment date's day). */
    public static final String PAYMENT_DAY = "payment_day";
    /** The day the loan is funded and interest starts, when not the issue date (blank: the issue date). */
    public static final String DISBURSEMENT_DATE = "disbursement_date";
    /** The first due date that repays principal, after an interest-only lead-in (blank: the first payment date). */
    public static final String FIRST_PRINCIPAL_DATE = "first_principal_date";
    /**
     * The frequency principal is repaid on when it is not the interest's (frequency), rolled from the first principal
     * date: MONTHLY principal beside QUARTERLY interest (blank: principal on the interest dates).
     */
    public static final String PRINCIPAL_FREQUENCY = "principal_frequency";
    /** The last day of a payment deferral: due dates on or before it pay nothing (blank: no deferral). */
    public static final String DEFERRAL_THROUGH = "deferral_through";
    /** What the deferred interest becomes: capitalize (blank), pay_at_first or spread; needs deferral_through. */
    public static final String DEFERRED_INTEREST = "deferred_interest";
    /** A revolving line's annual fee rate on the undrawn commitment (issue 14). */
    public static final String COMMITMENT_FEE = "commitment_fee";
    /** Whether the note is payable on demand, its maturity date the assumed demand date (issue 14). */
    public static final String PAYABLE_ON_DEMAND = "payable_on_demand";

    /**
     * A step-down prepayment premium: steps {@code from:rate} joined with {@code ;}, each from a loan year
     * (1 is the issue date) or an ISO date ({@code 1:0.05;2:0.04;3:0.03;4:0.02;5:0.01;6:0}).
     */
    public static final String PREMIUM_STEPS = "premium_steps";
    /** Yield maintenance: the spread over the reference yield, a fraction (given, or the floor: yield maintenance). */
    public static final String YIELD_MAINTENANCE_SPREAD = "yield_maintenance_spread";
    /** Yield maintenance's floor, a fraction of the prepaid principal. */
    public static final String YIELD_MAINTENANCE_FLOOR = "yield_maintenance_floor";
    /** The months before maturity in which no premium or penalty is due. */
    public static final String OPEN_MONTHS = "open_months";
    /** A late charge as a fraction of the installment (or give late_charge_amount). */
    public static final String LATE_CHARGE_RATE = "late_charge_rate";
    /** A late charge as a flat amount of the note's currency. */
    public static final String LATE_CHARGE_AMOUNT = "late_charge_amount";
    /** The days after a due date before the late charge applies (blank: 0). */
    public static final String LATE_CHARGE_GRACE_DAYS = "late_charge_grace_days";
    /** The most a late charge may be, per installment (blank: no maximum). */
    public static final String LATE_CHARGE_MAX = "late_charge_max";
    /** Default interest as a margin over the note rate (instead of default_rate). */
    public static final String DEFAULT_MARGIN = "default_margin";
    /** What becomes of interest above max_lawful_rate: not_charged (blank), refunded or applied_to_principal. */
    public static final String SAVINGS_CLAUSE = "savings_clause";
    /**
     * Precomputed (add-on) interest and its rebate on an early payoff: rule_of_78s or actuarial; blank for simple
     * interest on the balance (issue 15).
     */
    public static final String PRECOMPUTED_INTEREST = "precomputed_interest";
    /**
     * Closing fees joined by {@code ;}, each {@code name:amount} or {@code name:rate%} and {@code :financed} when
     * withheld from the proceeds ({@code origination:1%:financed;documentation:250.00}); blank for none.
     */
    public static final String CLOSING_FEES = "closing_fees";
    /** A fee charged with each installment, a flat amount of the note's currency (a servicing or account fee). */
    public static final String PERIODIC_FEE_AMOUNT = "periodic_fee_amount";
    /** A fee charged with each installment, an annual rate on the balance outstanding (a servicing fee rate). */
    public static final String PERIODIC_FEE_RATE = "periodic_fee_rate";

    /** Columns every portfolio file must have. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of(NOTE_ID, PRINCIPAL, ANNUAL_RATE, ISSUE_DATE, MATURITY_DATE, AMORTIZATION);
    /** Columns a portfolio file may have; blank or absent means the documented default. */
    public static final List<String> OPTIONAL_COLUMNS = List.of(CURRENCY, FIRST_PAYMENT_DATE, FREQUENCY,
            DAY_COUNT, PAYMENT, AMORTIZATION_MONTHS, PAYMENT_ROUNDING, INTEREST_ROUNDING, BORROWER,
            BORROWER_ADDRESS, LENDER, LENDER_ADDRESS, SECTOR, REGION, RATING, SECURED, COLLATERAL,
            COLLATERAL_VALUE, PRICE, PREPAYMENT_ALLOWED, PREPAYMENT_PENALTY, LOCKOUT_UNTIL, CURE_DAYS,
            DEFAULT_RATE, ACCELERATES, COLLECTION_COSTS_PAYABLE, GOVERNING_LAW, ODD_DAYS);
    /**
     * The optional columns of the rate terms (the shared contract of issue 13); a file without them reads
     * as before, each note at its fixed {@link #ANNUAL_RATE}.
     */
    public static final List<String> RATE_COLUMNS = List.of(RATE_KIND, INDEX, SPREAD, MULTIPLIER, RESET_FREQUENCY,
            FIRST_RESET_DATE, LOOKBACK_DAYS, PERIODIC_CAP, PERIODIC_FLOOR, LIFETIME_CAP, LIFETIME_FLOOR,
            RATE_ROUNDING, RATE_ROUNDING_MODE, CONVERSION_DATE, CONVERTED_RATE, MAX_LAWFUL_RATE, PAYMENT_ON_RESET,
            NEGATIVE_AMORTIZATION_CAP, LOOKBACK_CALENDAR, NEGATIVE_RATES, RESET_TIMING);
    /**
     * The optional columns of the due-date roll (issue 14): business days and the payment day; a file
     * without them rolls and pays on the rolled dates as before.
     */
    public static final List<String> SCHEDULE_COLUMNS = List.of(CALENDAR, BUSINESS_DAY_CONVENTION, ACCRUAL_DATES,
            PAYMENT_DAY);
    /**
     * The optional columns of the repayment structure (issue 14): a disbursement date, an interest-only
     * lead-in, a deferral, a revolving line's commitment fee, a demand note; advances, forgiveness and a
     * revolving line's repayments are dated amounts, in the draws file ({@link Draws}).
     * A file without them reads as before.
     */
    public static final List<String> STRUCTURE_COLUMNS = List.of(DISBURSEMENT_DATE, FIRST_PRINCIPAL_DATE,
            PRINCIPAL_FREQUENCY, DEFERRAL_THROUGH, DEFERRED_INTEREST, COMMITMENT_FEE, PAYABLE_ON_DEMAND);

    /**
     * The optional columns of prepayment premiums, late charges, default interest, precomputed interest, closing
     * and periodic fees (issue 15); a file without them reads as before: a flat penalty or none, no late charge, the
     * default rate or the note rate, simple interest, no fee.
     */
    public static final List<String> CHARGE_COLUMNS = List.of(PREMIUM_STEPS, YIELD_MAINTENANCE_SPREAD,
            YIELD_MAINTENANCE_FLOOR, OPEN_MONTHS, LATE_CHARGE_RATE, LATE_CHARGE_AMOUNT, LATE_CHARGE_GRACE_DAYS,
            LATE_CHARGE_MAX, DEFAULT_MARGIN, SAVINGS_CLAUSE, PRECOMPUTED_INTEREST, CLOSING_FEES, PERIODIC_FEE_AMOUNT,
            PERIODIC_FEE_RATE);

    static final Set<String> KNOWN_COLUMNS = known();
    /** Every column the reader knows, in the documented order: required, optional, rate, schedule, structure, charge. */
    public static final List<String> ALL_COLUMNS = List.copyOf(KNOWN_COLUMNS);

    private final HeaderedCsv csv;
    private final StatedSchedules schedules;
    private final RateSteps rateSteps;
    private final Draws draws;
    private final Installments installments;
    private final Consumer<InputError> onError;
    /** Schedule note ids no portfolio row has claimed yet; reported at the end of the file. */
    private final Set<String> unclaimedSchedules;
    /** Rate-step note ids no portfolio row has claimed yet; reported at the end of the file. */
    private final Set<String> unclaimedSteps;
    /** Draw note ids no portfolio row has claimed yet; reported at the end of the file. */
    private final Set<String> unclaimedDraws;
    /** Installment note ids no portfolio row has claimed yet; reported at the end of the file. */
    private final Set<String> unclaimedInstallments;
    private Position next;
    private long nextLine;
    private long line;
    private boolean finished;
    /** For a whole portfolio file (opened by path): its note ids so far and whether it has rows at all. */
    private WholeFileChecks wholeFile;

    private PortfolioCsvReader(HeaderedCsv csv, StatedSchedules schedules, RateSteps rateSteps, Draws draws,
                               Installments installments, Consumer<InputError> onError) {
        this.csv = csv;
        this.schedules = schedules;
        this.rateSteps = rateSteps;
        this.draws = draws;
        this.installments = installments;
        this.onError = onError;
        this.unclaimedSchedules = new LinkedHashSet<>(schedules.noteIds());
        this.unclaimedSteps = new LinkedHashSet<>(rateSteps.noteIds());
        this.unclaimedDraws = new LinkedHashSet<>(draws.noteIds());
        this.unclaimedInstallments = new LinkedHashSet<>(installments.noteIds());
        List<InputError> headerErrors = csv.headerErrors(REQUIRED_COLUMNS, KNOWN_COLUMNS);
        if (!headerErrors.isEmpty()) {
            finished = true;
            report(headerErrors);
        }
    }

    /** Opens a portfolio without stated schedules, stopping at the first bad row. */
    public static PortfolioCsvReader open(Path notes) {
        return open(notes, StatedSchedules.NONE, null);
    }

    /** Opens a portfolio whose STATED notes take their payments from {@code schedules}, stopping at the first bad row. */
    public static PortfolioCsvReader open(Path notes, StatedSchedules schedules) {
        return open(notes, schedules, null);
    }

    /**
     * Opens a portfolio file (UTF-8). With {@code onError} {@code null} the reader stops at the first bad
     * row; otherwise it reports every bad row to {@code onError} and skips it.
     */
    public static PortfolioCsvReader open(Path notes, StatedSchedules schedules, Consumer<InputError> onError) {
        return open(notes, schedules, RateSteps.NONE, onError);
    }

    /**
     * Opens a portfolio file (UTF-8) whose STATED notes take their payments from {@code schedules} and
     * whose stepped notes take their rate changes from {@code rateSteps}; {@code onError} as above.
     */
    public static PortfolioCsvReader open(Path notes, StatedSchedules schedules, RateSteps rateSteps,
                                          Consumer<InputError> onError) {
        return open(notes, schedules, rateSteps, Draws.NONE, onError);
    }

    /**
     * Opens a portfolio file (UTF-8) as above, whose notes take their advances and forgiven amounts from
     * {@code draws}; {@code onError} as above.
     */
    public static PortfolioCsvReader open(Path notes, StatedSchedules schedules, RateSteps rateSteps, Draws draws,
                                          Consumer<InputError> onError) {
        return open(notes, schedules, rateSteps, draws, Installments.NONE, onError);
    }

    /**
     * Opens a portfolio file (UTF-8) as above, whose notes also take their stepped installments from
     * {@code installments}; {@code onError} as above.
     */
    public static PortfolioCsvReader open(Path notes, StatedSchedules schedules, RateSteps rateSteps, Draws draws,
                                          Installments installments, Consumer<InputError> onError) {
        PortfolioCsvReader reader = open(notes.getFileName().toString(), Utf8Input.open(notes), schedules, rateSteps,
                draws, installments, onError);
        reader.wholeFile = new WholeFileChecks();
        return reader;
    }

    /** Opens CSV text named {@code source} in messages; the reader closes {@code in}. */
    public static PortfolioCsvReader open(String source, Reader in, StatedSchedules schedules,
                                          Consumer<InputError> onError) {
        return open(source, in, schedules, RateSteps.NONE, onError);
    }

    /** Opens CSV text named {@code source} in messages, with rate steps; the reader closes {@code in}. */
    public static PortfolioCsvReader open(String source, Reader in, StatedSchedules schedules, RateSteps rateSteps,
                                          Consumer<InputError> onError) {
        return open(source, in, schedules, rateSteps, Draws.NONE, onError);
    }

    /** Opens CSV text named {@code source} in messages, with rate steps and draws; the reader closes {@code in}. */
    public static PortfolioCsvReader open(String source, Reader in, StatedSchedules schedules, RateSteps rateSteps,
                                          Draws draws, Consumer<InputError> onError) {
        return open(source, in, schedules, rateSteps, draws, Installments.NONE, onError);
    }

    /** Opens CSV text named {@code source} in messages, with rate steps, draws and installments; closes {@code in}. */
    public static PortfolioCsvReader open(String source, Reader in, StatedSchedules schedules, RateSteps rateSteps,
                                          Draws draws, Installments installments, Consumer<InputError> onError) {
        HeaderedCsv csv = HeaderedCsv.open(source, in);
        try {
            return new PortfolioCsvReader(csv, schedules, rateSteps, draws, installments, onError);
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            CsvRow row = csv.next();
            if (row == null) {
                finished = true;
                reportUnclaimedSchedules();
                if (wholeFile != null && wholeFile.rows == 0) {
                    report(List.of(InputError.inColumn(csv.source(), csv.headerLine(), null, null,
                            "the file has a header but no notes")));
                }
                break;
            }
            try {
                if (wholeFile != null) {
                    wholeFile.rows++;
                }
                row.requireNoExtraFields();
                Position position = position(row);
                if (wholeFile != null) {
                    wholeFile.claim(position.terms().id(), row);
                }
                next = position;
                nextLine = row.line();
            } catch (InputException e) {
                report(e.errors());
            }
        }
        return next != null;
    }

    @Override
    public Position next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Position position = next;
        next = null;
        line = nextLine;
        return position;
    }

    /**
     * The physical line (1 is the first line of the file) on which the row of the position last returned by
     * {@link #next()} starts; 0 before the first. Callers storing notes keep it so that later messages, such
     * as a duplicate note id, can point back into the file.
     */
    public long line() {
        return line;
    }

    /** The remaining positions as a sequential stream; closing the stream closes this reader. */
    public Stream<Position> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public void close() {
        csv.close();
    }

    private Position position(CsvRow row) {
        String id = PositionColumns.noteId(row);
        Amortization amortization = PositionColumns.amortization(row);
        List<StatedSchedules.Row> stated = schedules.rowsOf(id);
        // The note is in the file, so its draws are claimed even if the row is refused for something else.
        unclaimedDraws.remove(id);
        unclaimedInstallments.remove(id);
        claimSchedule(row, id, amortization, stated);
        unclaimedSteps.remove(id);
        return PositionColumns.position(row, schedules.source(), stated, rateSteps.source(), rateSteps.rowsOf(id),
                draws.source(), draws.rowsOf(id), installments.source(), installments.rowsOf(id));
    }

    private void claimSchedule(CsvRow row, String id, Amortization amortization, List<StatedSchedules.Row> stated) {
        boolean had = unclaimedSchedules.remove(id);
        if (amortization == Amortization.STATED && stated.isEmpty()) {
            throw row.error(AMORTIZATION, amortization.name(),
                    "a STATED note needs its payments, but " + schedules.source() + " has no rows for note " + id);
        }
        if (amortization != Amortization.STATED && had) {
            throw new InputException(InputError.inColumn(schedules.source(), stated.get(0).line(), NOTE_ID, id,
                    "note " + id + " is " + amortization + " in " + csv.source() + " line " + row.line()
                            + "; only a STATED note has schedule rows"));
        }
    }

    private void reportUnclaimedSchedules() {
        List<InputError> errors = new ArrayList<>();
        for (String id : unclaimedSchedules) {
            errors.add(InputError.inColumn(schedules.source(), schedules.rowsOf(id).get(0).line(), NOTE_ID, id,
                    "no note " + id + " in " + csv.source() + "; schedule rows need a STATED note"));
        }
        unclaimedSchedules.clear();
        for (String id : unclaimedSteps) {
            errors.add(InputError.inColumn(rateSteps.source(), rateSteps.rowsOf(id).get(0).line(), NOTE_ID, id,
                    "no note " + id + " in " + csv.source() + "; rate steps need a stepped note"));
        }
        unclaimedSteps.clear();
        for (String id : unclaimedDraws) {
            errors.add(InputError.inColumn(draws.source(), draws.rowsOf(id).get(0).line(), DrawCsvReader.NOTE_ID, id,
                    "no note " + id + " in " + csv.source() + "; draws need a note to advance or forgive"));
        }
        unclaimedDraws.clear();
        for (String id : unclaimedInstallments) {
            errors.add(InputError.inColumn(installments.source(), installments.rowsOf(id).get(0).line(),
                    InstallmentCsvReader.NOTE_ID, id,
                    "no note " + id + " in " + csv.source() + "; installments need a note to step"));
        }
        unclaimedInstallments.clear();
        if (!errors.isEmpty()) {
            report(errors);
        }
    }

    /**
     * What only a whole file can be checked for: rows at all, and each note id once (the web checks ids
     * against the database instead, in batches). The ids are held in memory, about 100 bytes each.
     */
    private static final class WholeFileChecks {
        private final Map<String, Long> firstLines = new HashMap<>();
        private long rows;

        void claim(String id, CsvRow row) {
            Long first = firstLines.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error(NOTE_ID, id, "duplicate note id: the same id is at line " + first);
            }
        }
    }

    private void report(List<InputError> errors) {
        if (onError == null) {
            throw new InputException(errors);
        }
        errors.forEach(onError);
    }

    private static Set<String> known() {
        Set<String> known = new LinkedHashSet<>(REQUIRED_COLUMNS);
        known.addAll(OPTIONAL_COLUMNS);
        known.addAll(RATE_COLUMNS);
        known.addAll(SCHEDULE_COLUMNS);
        known.addAll(STRUCTURE_COLUMNS);
        known.addAll(CHARGE_COLUMNS);
        return known;
    }
}
