package com.notefolio.core.io;

import static com.notefolio.core.io.PortfolioCsvReader.ACCELERATES;
import static com.notefolio.core.io.PortfolioCsvReader.AMORTIZATION;
import static com.notefolio.core.io.PortfolioCsvReader.AMORTIZATION_MONTHS;
import static com.notefolio.core.io.PortfolioCsvReader.ANNUAL_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.BORROWER;
import static com.notefolio.core.io.PortfolioCsvReader.BORROWER_ADDRESS;
import static com.notefolio.core.io.PortfolioCsvReader.COLLATERAL;
import static com.notefolio.core.io.PortfolioCsvReader.COLLATERAL_VALUE;
import static com.notefolio.core.io.PortfolioCsvReader.COLLECTION_COSTS_PAYABLE;
import static com.notefolio.core.io.PortfolioCsvReader.CURE_DAYS;
import static com.notefolio.core.io.PortfolioCsvReader.CURRENCY;
import static com.notefolio.core.io.PortfolioCsvReader.DAY_COUNT;
import static com.notefolio.core.io.PortfolioCsvReader.DEFAULT_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.FIRST_PAYMENT_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.FREQUENCY;
import static com.notefolio.core.io.PortfolioCsvReader.GOVERNING_LAW;
import static com.notefolio.core.io.PortfolioCsvReader.INTEREST_ROUNDING;
import static com.notefolio.core.io.PortfolioCsvReader.ISSUE_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.LENDER;
import static com.notefolio.core.io.PortfolioCsvReader.LENDER_ADDRESS;
import static com.notefolio.core.io.PortfolioCsvReader.LOCKOUT_UNTIL;
import static com.notefolio.core.io.PortfolioCsvReader.MATURITY_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.NOTE_ID;
import static com.notefolio.core.io.PortfolioCsvReader.ODD_DAYS;
import static com.notefolio.core.io.PortfolioCsvReader.PAYMENT;
import static com.notefolio.core.io.PortfolioCsvReader.PAYMENT_ROUNDING;
import static com.notefolio.core.io.PortfolioCsvReader.PREPAYMENT_ALLOWED;
import static com.notefolio.core.io.PortfolioCsvReader.PREPAYMENT_PENALTY;
import static com.notefolio.core.io.PortfolioCsvReader.PRICE;
import static com.notefolio.core.io.PortfolioCsvReader.PRINCIPAL;
import static com.notefolio.core.io.PortfolioCsvReader.RATING;
import static com.notefolio.core.io.PortfolioCsvReader.REGION;
import static com.notefolio.core.io.PortfolioCsvReader.SECTOR;
import static com.notefolio.core.io.PortfolioCsvReader.SECURED;
import static com.notefolio.core.io.PortfolioCsvReader.CONVERSION_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.CONVERTED_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.FIRST_RESET_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.INDEX;
import static com.notefolio.core.io.PortfolioCsvReader.LIFETIME_CAP;
import static com.notefolio.core.io.PortfolioCsvReader.LIFETIME_FLOOR;
import static com.notefolio.core.io.PortfolioCsvReader.LOOKBACK_DAYS;
import static com.notefolio.core.io.PortfolioCsvReader.MAX_LAWFUL_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.MULTIPLIER;
import static com.notefolio.core.io.PortfolioCsvReader.NEGATIVE_AMORTIZATION_CAP;
import static com.notefolio.core.io.PortfolioCsvReader.ACCRUAL_DATES;
import static com.notefolio.core.io.PortfolioCsvReader.BUSINESS_DAY_CONVENTION;
import static com.notefolio.core.io.PortfolioCsvReader.CALENDAR;
import static com.notefolio.core.io.PortfolioCsvReader.PAYMENT_DAY;
import static com.notefolio.core.io.PortfolioCsvReader.LOOKBACK_CALENDAR;
import static com.notefolio.core.io.PortfolioCsvReader.NEGATIVE_RATES;
import static com.notefolio.core.io.PortfolioCsvReader.RESET_TIMING;
import static com.notefolio.core.io.PortfolioCsvReader.PAYMENT_ON_RESET;
import static com.notefolio.core.io.PortfolioCsvReader.PERIODIC_CAP;
import static com.notefolio.core.io.PortfolioCsvReader.PERIODIC_FLOOR;
import static com.notefolio.core.io.PortfolioCsvReader.RATE_KIND;
import static com.notefolio.core.io.PortfolioCsvReader.RATE_ROUNDING;
import static com.notefolio.core.io.PortfolioCsvReader.RATE_ROUNDING_MODE;
import static com.notefolio.core.io.PortfolioCsvReader.RESET_FREQUENCY;
import static com.notefolio.core.io.PortfolioCsvReader.SPREAD;
import static com.notefolio.core.io.PortfolioCsvReader.COMMITMENT_FEE;
import static com.notefolio.core.io.PortfolioCsvReader.DEFERRAL_THROUGH;
import static com.notefolio.core.io.PortfolioCsvReader.PAYABLE_ON_DEMAND;
import static com.notefolio.core.io.PortfolioCsvReader.DEFERRED_INTEREST;
import static com.notefolio.core.io.PortfolioCsvReader.DISBURSEMENT_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.FIRST_PRINCIPAL_DATE;
import static com.notefolio.core.io.PortfolioCsvReader.PRINCIPAL_FREQUENCY;

import com.notefolio.core.convention.BusinessCalendar;
import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.BusinessDayConvention;
import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DatedAmount;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.RateKind;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.note.StructureTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * The mapping from the portfolio format's named columns (docs/portfolio-format.md; the names are
 * {@link PortfolioCsvReader}'s constants) to a {@link Position} — validated terms and a price — the one
 * place that knows which column is which term, its default and its rules, for every source of notes:
 * the portfolio CSV, a Parquet file or Spark Dataset, and a database table. Each source hands over a
 * row as {@link ColumnValues}; a row that breaks a rule throws an {@link InputException} naming the
 * source, the line, the column (a stated payment's own file and line) and the value as given.
 */
public final class PositionColumns {

    private static final String STATED_FIELD = "stated_schedule";
    /**
     * Currencies by code, looked up once per code and JVM: Moneta's lookup goes through its providers each
     * time and was the largest cost of reading a row. Only valid ISO codes are kept, so it stays small.
     */
    private static final Map<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    private PositionColumns() {
    }

    /** The note id of a row; it must be given. */
    public static String noteId(ColumnValues row) {
        return row.requiredText(NOTE_ID);
    }

    /** The amortization of a row; it must be given. */
    public static Amortization amortization(ColumnValues row) {
        Amortization amortization = row.choice(AMORTIZATION, Amortization.class, null);
        if (amortization == null) {
            throw row.error(AMORTIZATION, "", "is required");
        }
        return amortization;
    }

    /**
     * The position of one row; a STATED note's payments are {@code stated}, read from
     * {@code statedSource} (named in messages about them).
     */
    public static Position position(ColumnValues row, String statedSource, List<StatedSchedules.Row> stated) {
        return position(row, statedSource, stated, RateSteps.NONE.source(), List.of());
    }

    /**
     * The position of one row; a STATED note's payments are {@code stated}, read from {@code statedSource},
     * and a stepped note's rate changes are {@code steps}, read from {@code stepsSource} (each named in
     * messages about its rows).
     */
    public static Position position(ColumnValues row, String statedSource, List<StatedSchedules.Row> stated,
                                    String stepsSource, List<RateSteps.Row> steps) {
        return position(row, statedSource, stated, stepsSource, steps, Draws.NONE.source(), List.of());
    }

    /**
     * The position of one row, as above, whose advances and forgiven amounts are {@code draws}, read from
     * {@code drawsSource}: a term they break is reported at the draw's own line.
     */
    public static Position position(ColumnValues row, String statedSource, List<StatedSchedules.Row> stated,
                                    String stepsSource, List<RateSteps.Row> steps, String drawsSource,
                                    List<Draws.Row> draws) {
        return position(row, statedSource, stated, stepsSource, steps, drawsSource, draws,
                Installments.NONE.source(), List.of());
    }

    /**
     * The position of one row, as above, whose stepped installments are {@code installments}, read from
     * {@code installmentsSource}: a step the terms refuse is reported at the step's own line.
     */
    public static Position position(ColumnValues row, String statedSource, List<StatedSchedules.Row> stated,
                                    String stepsSource, List<RateSteps.Row> steps, String drawsSource,
                                    List<Draws.Row> draws, String installmentsSource,
                                    List<Installments.Row> installments) {
        String id = noteId(row);
        Amortization amortization = amortization(row);
        NoteDatedRows own = NoteDatedRows.of(drawsSource, draws, installmentsSource, installments);
        if (amortization == Amortization.STATED && !draws.isEmpty()) {
            throw new InputException(InputError.inColumn(drawsSource, draws.get(0).line(), DrawCsvReader.NOTE_ID, id,
                    "note " + id + " is STATED in " + row.source() + " line " + row.line() + "; a STATED note's schedule "
                            + "states every payment, so state its advances and forgiveness there"));
        }
        if (amortization == Amortization.STATED && !installments.isEmpty()) {
            throw new InputException(InputError.inColumn(installmentsSource, installments.get(0).line(),
                    InstallmentCsvReader.NOTE_ID, id, "note " + id + " is STATED in " + row.source() + " line "
                            + row.line() + "; a STATED note's schedule states every payment, so state its installments there"));
        }
        try {
            NoteTerms terms = terms(row, id, amortization, stated, stepsSource, steps, own);
            return new Position(terms, price(row, terms));
        } catch (InvalidTermsException e) {
            throw termsError(row, e, statedSource, stated, own);
        }
    }

    /**
     * A note's rows of the draws file by kind and of the installments file, each list in file order: the i-th
     * advance (or step) of the terms is the i-th such row, so that a refusal of {@code advances[i]} (or
     * {@code installments[i]}) is reported at that row's line.
     */
    private record NoteDatedRows(String source, List<Draws.Row> advances, List<Draws.Row> forgiveness,
                             List<Draws.Row> repayments, String installmentsSource, List<Installments.Row> installments) {

        static NoteDatedRows of(String source, List<Draws.Row> rows, String installmentsSource,
                            List<Installments.Row> installments) {
            List<Draws.Row> advances = new ArrayList<>();
            List<Draws.Row> forgiveness = new ArrayList<>();
            List<Draws.Row> repayments = new ArrayList<>();
            for (Draws.Row r : rows) {
                switch (r.kind()) {
                    case ADVANCE -> advances.add(r);
                    case FORGIVENESS -> forgiveness.add(r);
                    case REPAYMENT -> repayments.add(r);
                }
            }
            return new NoteDatedRows(source, advances, forgiveness, repayments, installmentsSource,
                    List.copyOf(installments));
        }

        static List<InstallmentStep> steps(List<Installments.Row> rows, CurrencyUnit currency) {
            List<InstallmentStep> out = new ArrayList<>(rows.size());
            for (Installments.Row r : rows) {
                out.add(new InstallmentStep(r.from(), Money.of(r.amount(), currency), r.kind()));
            }
            return out;
        }

        /** The rows of the terms' list named {@code list} ({@code advances} or {@code forgiveness}); null for another. */
        List<Draws.Row> rowsOf(String list) {
            return switch (list) {
                case "advances" -> advances;
                case "forgiveness" -> forgiveness;
                case "repayments" -> repayments;
                default -> null;
            };
        }

        static List<DatedAmount> amounts(List<Draws.Row> rows, CurrencyUnit currency) {
            List<DatedAmount> out = new ArrayList<>(rows.size());
            for (Draws.Row r : rows) {
                out.add(new DatedAmount(r.date(), Money.of(r.amount(), currency)));
            }
            return out;
        }
    }

    /** The rate kind of a row ({@link RateKind}'s names, any case): blank is fixed. */
    public static RateKind rateKind(ColumnValues row) {
        return row.choice(RATE_KIND, RateKind.class, RateKind.FIXED);
    }

    /**
     * The price column: a plain amount of the note's currency ({@code 118500.00}) or a percentage of the
     * outstanding principal at the valuation date ({@code 98.5%}); blank is par. Neither may be negative.
     */
    private static Price price(ColumnValues row, NoteTerms terms) {
        BigDecimal percent = row.percentage(PRICE);
        BigDecimal amount = percent == null ? row.decimal(PRICE) : null;
        if (percent == null && amount == null) {
            return null;
        }
        if ((percent != null ? percent : amount).signum() < 0) {
            throw row.error(PRICE, row.text(PRICE), "must not be negative");
        }
        return percent != null ? Price.percentOfOutstanding(percent) : Price.of(amount, terms.currency());
    }

    private static NoteTerms terms(ColumnValues row, String id, Amortization amortization,
                                   List<StatedSchedules.Row> stated, String stepsSource, List<RateSteps.Row> steps,
                                   NoteDatedRows draws) {
        BigDecimal annualRate = row.requiredRate(ANNUAL_RATE);
        LocalDate issueDate = row.requiredDate(ISSUE_DATE);
        NoteTerms.Builder b = NoteTerms.builder(id)
                .amortization(amortization)
                .principal(row.requiredDecimal(PRINCIPAL))
                .annualRate(annualRate)
                .issueDate(issueDate)
                .maturityDate(row.requiredDate(MATURITY_DATE))
                .firstPaymentDate(row.date(FIRST_PAYMENT_DATE))
                .frequency(row.frequency(FREQUENCY,
                        amortization == Amortization.BULLET ? Frequency.AT_MATURITY : Frequency.MONTHLY))
                .accrualBasis(dayCount(row))
                .oddDays(oddDays(row))
                .statedPayment(row.decimal(PAYMENT))
                .amortizationMonths(row.integer(AMORTIZATION_MONTHS))
                .paymentRounding(row.choice(PAYMENT_ROUNDING, RoundingRule.class, RoundingRule.HALF_UP))
                .interestRounding(row.choice(INTEREST_ROUNDING, RoundingRule.class, RoundingRule.HALF_UP))
                .borrower(new Party(row.text(BORROWER), row.optionalText(BORROWER_ADDRESS)))
                .lender(new Party(row.text(LENDER), row.optionalText(LENDER_ADDRESS)))
                .sector(row.optionalText(SECTOR))
                .region(row.optionalText(REGION))
                .rating(row.optionalText(RATING))
                .governingLaw(row.optionalText(GOVERNING_LAW));
        CurrencyUnit currency = currency(id, row.has(CURRENCY) ? row.text(CURRENCY) : "USD");
        b.currency(currency);
        BigDecimal collateralValue = row.decimal(COLLATERAL_VALUE);
        String collateral = row.optionalText(COLLATERAL);
        // A collateral described or valued but no "secured" flag given means the note is secured.
        b.security(row.bool(SECURED, collateral != null || collateralValue != null), collateral, collateralValue);
        b.prepayment(ChargeColumns.prepayment(row, new PrepaymentTerms(row.bool(PREPAYMENT_ALLOWED, true),
                row.rate(PREPAYMENT_PENALTY), row.date(LOCKOUT_UNTIL))));
        Integer cureDays = row.integer(CURE_DAYS);
        b.defaults(ChargeColumns.defaults(row, new DefaultTerms(cureDays == null ? 0 : cureDays, row.rate(DEFAULT_RATE),
                row.bool(ACCELERATES, true), row.bool(COLLECTION_COSTS_PAYABLE, false), List.of())));
        b.savingsClause(ChargeColumns.savingsClause(row));
        b.precomputed(ChargeColumns.precomputed(row));
        b.fees(ChargeColumns.closingFees(row));
        b.periodicFee(ChargeColumns.periodicFee(row));
        if (amortization == Amortization.STATED) {
            for (StatedSchedules.Row r : stated) {
                b.addStatedPayment(r.dueDate(), r.payment());
            }
        }
        rate(row, id, annualRate, issueDate, stepsSource, steps, b);
        b.conventions(conventions(row));
        b.firstPrincipalDate(row.date(FIRST_PRINCIPAL_DATE));
        b.principalFrequency(row.frequency(PRINCIPAL_FREQUENCY, null));
        b.structure(structure(row, draws, currency));
        return b.build();
    }

    /**
     * The structure columns and the note's draws: the disbursement date, a deferral (its treatment of the
     * interest defaults to capitalized; given without a deferral it would change nothing, so it is refused),
     * the advances and the forgiven amounts. The terms check dates, order and sums.
     */
    private static StructureTerms structure(ColumnValues row, NoteDatedRows draws, CurrencyUnit currency) {
        LocalDate through = row.date(DEFERRAL_THROUGH);
        Deferral.DeferredInterest interest = row.choice(DEFERRED_INTEREST, Deferral.DeferredInterest.class, null);
        if (through == null && interest != null) {
            throw row.error(DEFERRED_INTEREST, row.text(DEFERRED_INTEREST), "applies to a deferral, and deferral_through is blank");
        }
        StructureTerms structure = new StructureTerms(row.date(DISBURSEMENT_DATE),
                NoteDatedRows.amounts(draws.advances(), currency), through == null ? null : new Deferral(through, interest),
                NoteDatedRows.amounts(draws.forgiveness(), currency))
                .withInstallments(NoteDatedRows.steps(draws.installments(), currency))
                .revolving(NoteDatedRows.amounts(draws.repayments(), currency), row.rate(COMMITMENT_FEE))
                .onDemand(row.bool(PAYABLE_ON_DEMAND, false));
        return structure.isPresent() ? structure : StructureTerms.NONE;
    }

    /**
     * The roll columns: a business-day convention on a calendar, whether interest follows a moved date, the
     * payment day. A calendar or an accrual choice without a convention would move nothing: refused, not ignored.
     */
    private static ScheduleConventions conventions(ColumnValues row) {
        ScheduleConventions conventions = ScheduleConventions.US_LENDER;
        BusinessDayConvention convention = BusinessDayConvention.NONE;
        if (row.has(BUSINESS_DAY_CONVENTION)) {
            try {
                convention = BusinessDayConvention.of(row.text(BUSINESS_DAY_CONVENTION));
            } catch (IllegalArgumentException e) {
                throw row.error(BUSINESS_DAY_CONVENTION, row.text(BUSINESS_DAY_CONVENTION), e.getMessage());
            }
        }
        if (convention == BusinessDayConvention.NONE) {
            for (String column : List.of(CALENDAR, ACCRUAL_DATES)) {
                if (row.has(column)) {
                    throw row.error(column, row.text(column), "applies with a business_day_convention that moves dates, and "
                            + "business_day_convention is " + (row.has(BUSINESS_DAY_CONVENTION) ? "none" : "blank (none)"));
                }
            }
        } else {
            if (!row.has(CALENDAR)) {
                throw row.error(CALENDAR, "", "is required with business_day_convention " + convention.words()
                        + ": the holidays it moves dates off (USNY, NYSE, GBLO, EUTA, WEEKENDS…)");
            }
            BusinessCalendar calendar;
            try {
                calendar = BusinessCalendar.of(row.text(CALENDAR));
            } catch (IllegalArgumentException e) {
                throw row.error(CALENDAR, row.text(CALENDAR), e.getMessage());
            }
            BusinessDayAdjustment.Accrual accrual = BusinessDayAdjustment.Accrual.ADJUSTED;
            if (row.has(ACCRUAL_DATES)) {
                try {
                    accrual = BusinessDayAdjustment.Accrual.of(row.text(ACCRUAL_DATES));
                } catch (IllegalArgumentException e) {
                    throw row.error(ACCRUAL_DATES, row.text(ACCRUAL_DATES), e.getMessage());
                }
            }
            try {
                conventions = conventions.withBusinessDays(new BusinessDayAdjustment(calendar, convention, accrual));
            } catch (IllegalArgumentException e) {
                throw row.error(CALENDAR, row.text(CALENDAR), e.getMessage());
            }
        }
        Integer paymentDay = row.integer(PAYMENT_DAY);
        if (paymentDay != null) {
            if (paymentDay < 1 || paymentDay > 31) {
                throw row.error(PAYMENT_DAY, row.text(PAYMENT_DAY), "must be a day of the month, 1 to 31");
            }
            conventions = conventions.withPaymentDay(paymentDay);
        }
        return conventions;
    }

    /**
     * The rate columns onto the builder. A row without them keeps its fixed {@code annual_rate} exactly as
     * before; {@code annual_rate} is always the rate from the issue date (the initial rate of a floating
     * rate, the first of a stepped one, the rate before a conversion).
     */
    private static void rate(ColumnValues row, String id, BigDecimal annualRate, LocalDate issueDate,
                             String stepsSource, List<RateSteps.Row> steps, NoteTerms.Builder b) {
        RateKind kind = rateKind(row);
        if (kind != RateKind.STEPPED && !steps.isEmpty()) {
            throw new InputException(InputError.inColumn(stepsSource, steps.get(0).line(), RateStepCsvReader.NOTE_ID, id,
                    "note " + id + " has rate_kind " + kind.name().toLowerCase(java.util.Locale.ROOT) + " in " + row.source()
                            + " line " + row.line() + "; only a stepped note has rate steps"));
        }
        requireOnlyFor(row, kind, kind == RateKind.FLOATING || kind == RateKind.FIXED_TO_FLOATING
                        || kind == RateKind.FLOATING_TO_FIXED, "a floating part", INDEX, SPREAD, MULTIPLIER,
                RESET_FREQUENCY, FIRST_RESET_DATE, LOOKBACK_DAYS, LOOKBACK_CALENDAR, PERIODIC_CAP, PERIODIC_FLOOR, LIFETIME_CAP,
                LIFETIME_FLOOR, RATE_ROUNDING, RATE_ROUNDING_MODE, NEGATIVE_RATES, RESET_TIMING);
        requireOnlyFor(row, kind, kind == RateKind.FIXED_TO_FLOATING || kind == RateKind.FLOATING_TO_FIXED,
                "a conversion", CONVERSION_DATE, CONVERTED_RATE);
        switch (kind) {
            case FIXED -> {
                // The builder's annual rate is the fixed rate: nothing more to set.
            }
            case STEPPED -> b.rate(stepped(row, id, annualRate, issueDate, stepsSource, steps));
            case FLOATING -> b.rate(floating(row, annualRate, ANNUAL_RATE));
            case FIXED_TO_FLOATING -> {
                BigDecimal afterInitial = row.has(CONVERTED_RATE) ? row.rate(CONVERTED_RATE) : annualRate;
                RateTerms.Floating after = floating(row, afterInitial, row.has(CONVERTED_RATE) ? CONVERTED_RATE : ANNUAL_RATE);
                b.rate(conversion(row, fixed(row, annualRate, ANNUAL_RATE), after));
            }
            case FLOATING_TO_FIXED -> {
                if (!row.has(CONVERTED_RATE)) {
                    throw row.error(CONVERTED_RATE, "", "is required for a floating_to_fixed note: the fixed rate from the conversion date");
                }
                RateTerms.Fixed after = fixed(row, row.rate(CONVERTED_RATE), CONVERTED_RATE);
                b.rate(conversion(row, floating(row, annualRate, ANNUAL_RATE), after));
            }
        }
        b.maxLawfulRate(row.has(MAX_LAWFUL_RATE) ? row.rate(MAX_LAWFUL_RATE).toPlainString() : null);
        b.paymentOnReset(row.choice(PAYMENT_ON_RESET, PaymentOnReset.class, PaymentOnReset.REAMORTIZE));
        BigDecimal negAmCap = row.decimal(NEGATIVE_AMORTIZATION_CAP);
        b.negativeAmortizationCap(negAmCap == null ? null : negAmCap.toPlainString());
    }

    /** Columns that mean something only for some kinds are refused on the others, rather than ignored. */
    private static void requireOnlyFor(ColumnValues row, RateKind kind, boolean applies, String what, String... columns) {
        if (applies) {
            return;
        }
        for (String column : columns) {
            if (row.has(column)) {
                throw row.error(column, row.text(column), "applies to " + what + " only, and rate_kind is "
                        + kind.name().toLowerCase(java.util.Locale.ROOT) + (kind == RateKind.FIXED && !row.has(RATE_KIND) ? " (blank)" : ""));
            }
        }
    }

    private static RateTerms.Fixed fixed(ColumnValues row, BigDecimal rate, String column) {
        try {
            return RateTerms.fixed(rate);
        } catch (InvalidTermsException e) {
            throw row.error(column, row.text(column), e.rule());
        }
    }

    /** The stepped rate: {@code annual_rate} from the issue date, then each step of the rate-steps file. */
    private static RateTerms.Stepped stepped(ColumnValues row, String id, BigDecimal annualRate, LocalDate issueDate,
                                             String stepsSource, List<RateSteps.Row> steps) {
        if (steps.isEmpty()) {
            throw row.error(RATE_KIND, row.text(RATE_KIND), "a stepped note needs its rate steps, but " + stepsSource
                    + " has no rows for note " + id + " (give them with --rate-steps: note_id,from,rate)");
        }
        List<RateTerms.Step> list = new ArrayList<>(steps.size() + 1);
        list.add(new RateTerms.Step(issueDate, fixed(row, annualRate, ANNUAL_RATE).rate()));
        for (RateSteps.Row step : steps) {
            if (!step.from().isAfter(issueDate)) {
                throw new InputException(InputError.inColumn(stepsSource, step.line(), RateStepCsvReader.FROM,
                        step.from().toString(), "must be after the issue date " + issueDate + " of note " + id
                                + " (its rate from the issue date is its annual_rate)"));
            }
            try {
                list.add(new RateTerms.Step(step.from(), step.rate()));
            } catch (InvalidTermsException e) {
                throw new InputException(InputError.inColumn(stepsSource, step.line(), RateStepCsvReader.RATE,
                        step.rate().toPlainString(), e.rule() + " (note " + id + ")"));
            }
        }
        return new RateTerms.Stepped(list);
    }

    /** The floating part of a row, starting at {@code initialRate} (named {@code initialColumn} in errors). */
    private static RateTerms.Floating floating(ColumnValues row, BigDecimal initialRate, String initialColumn) {
        RoundingMode mode = row.has(RATE_ROUNDING_MODE) ? roundingMode(row) : RoundingMode.HALF_UP;
        BigDecimal increment = row.rate(RATE_ROUNDING);
        if (increment == null && row.has(RATE_ROUNDING_MODE)) {
            throw row.error(RATE_ROUNDING_MODE, row.text(RATE_ROUNDING_MODE), "needs the rate_rounding increment (0.00125 is 1/8 %)");
        }
        Integer lookback = row.integer(LOOKBACK_DAYS);
        try {
            return new RateTerms.Floating(row.optionalText(INDEX), row.rate(SPREAD), row.decimal(MULTIPLIER),
                    row.frequency(RESET_FREQUENCY, null),
                    row.date(FIRST_RESET_DATE), lookback == null ? 0 : lookback, initialRate,
                    row.rate(PERIODIC_CAP), row.rate(PERIODIC_FLOOR), row.rate(LIFETIME_CAP), row.rate(LIFETIME_FLOOR),
                    increment == null ? null : new RateTerms.RateRounding(increment, mode),
                    optional(row, LOOKBACK_CALENDAR, BusinessCalendar::of),
                    optional(row, NEGATIVE_RATES, RateTerms.Floating.NegativeRates::of),
                    optional(row, RESET_TIMING, RateTerms.Floating.ResetTiming::of));
        } catch (InvalidTermsException e) {
            String column = rateColumn(e.field(), initialColumn);
            throw row.error(column, row.text(column), e.rule());
        }
    }

    /**
     * An optional named value of a floating rate's column, read by {@code parse} (the value type's own
     * {@code of}); {@code null} when blank (the default: calendar days for a lookback, a rate held at zero,
     * a reset from the next period), the type's refusal at the column otherwise.
     */
    private static <T> T optional(ColumnValues row, String column, java.util.function.Function<String, T> parse) {
        if (!row.has(column)) {
            return null;
        }
        try {
            return parse.apply(row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, row.text(column), e.getMessage());
        }
    }

    private static RoundingMode roundingMode(ColumnValues row) {
        String text = row.text(RATE_ROUNDING_MODE);
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nearest" -> RoundingMode.HALF_UP;
            case "up" -> RoundingMode.UP;
            case "down" -> RoundingMode.DOWN;
            default -> throw row.error(RATE_ROUNDING_MODE, text, "not one of nearest, up, down");
        };
    }

    private static RateTerms.Conversion conversion(ColumnValues row, RateTerms before, RateTerms after) {
        LocalDate on = row.date(CONVERSION_DATE);
        try {
            return new RateTerms.Conversion(before, on, after);
        } catch (InvalidTermsException e) {
            String column = rateColumn(e.field(), ANNUAL_RATE);
            throw row.error(column, row.text(column), e.rule());
        }
    }

    /**
     * The portfolio column of a rate-terms field: {@code rate.spread} is {@code spread},
     * {@code rate.after.first_reset_date} is {@code first_reset_date} (the flat file has one floating part),
     * a floating part's initial rate is {@code initialColumn}.
     */
    private static String rateColumn(String field, String initialColumn) {
        String f = field.replaceFirst("^rate\\.(before\\.|after\\.)?", "");
        return switch (f) {
            case "initial_rate" -> initialColumn;
            case "rounding_increment" -> RATE_ROUNDING;
            case "rounding_mode" -> RATE_ROUNDING_MODE;
            case "conversion", "before", "after" -> RATE_KIND;
            case "rate_steps[1].from" -> ISSUE_DATE;
            default -> f;
        };
    }

    /**
     * A refusal of an advance or a forgiven amount ({@code advances[2].date}, {@code forgiveness[1].amount})
     * at that row of the draws file and its column; of a list as a whole (its sum) at the list's last row;
     * null for any other field.
     */
    private static InputException drawError(InvalidTermsException e, NoteDatedRows draws) {
        String field = e.field();
        int open = field.indexOf('[');
        String list = open > 0 ? field.substring(0, open) : field;
        if (list.equals("installments")) {
            return installmentError(e, draws);
        }
        List<Draws.Row> rows = draws.rowsOf(list);
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        Draws.Row at = rows.get(rows.size() - 1);
        String column = DrawCsvReader.AMOUNT;
        int close = field.indexOf(']');
        if (open > 0 && close > open) {
            at = rows.get(Math.min(Integer.parseInt(field.substring(open + 1, close)) - 1, rows.size() - 1));
            column = field.substring(close + 1).replaceFirst("^\\.", "");
        }
        String value = column.equals(DrawCsvReader.DATE) ? at.date().toString() : at.amount().toPlainString();
        return new InputException(InputError.inColumn(draws.source(), at.line(), column, value,
                e.rule() + " (note " + e.noteId() + ", " + at.kind().code() + ")"));
    }

    /**
     * A refusal of a stepped installment ({@code installments[2].from}) at that row of the installments file
     * and its column (the step as a whole at its {@code from}); null when the note has no rows there.
     */
    private static InputException installmentError(InvalidTermsException e, NoteDatedRows draws) {
        List<Installments.Row> rows = draws.installments();
        if (rows.isEmpty()) {
            return null;
        }
        String field = e.field();
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        Installments.Row at = rows.get(rows.size() - 1);
        String column = InstallmentCsvReader.FROM;
        if (open > 0 && close > open) {
            at = rows.get(Math.min(Integer.parseInt(field.substring(open + 1, close)) - 1, rows.size() - 1));
            String rest = field.substring(close + 1).replaceFirst("^\\.", "");
            column = rest.isEmpty() ? InstallmentCsvReader.FROM : rest;
        }
        String value = column.equals(InstallmentCsvReader.AMOUNT) ? at.amount().toPlainString() : at.from().toString();
        return new InputException(InputError.inColumn(draws.installmentsSource(), at.line(), column, value,
                e.rule() + " (note " + e.noteId() + ", " + at.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    }

    private static CurrencyUnit currency(String id, String code) {
        CurrencyUnit unit = CURRENCIES.get(code);
        if (unit == null) {
            try {
                unit = Monetary.getCurrency(code);
            } catch (UnknownCurrencyException e) {
                throw new InvalidTermsException(id, "currency", code, "is not an ISO 4217 currency code");
            }
            CURRENCIES.put(code, unit);
        }
        return unit;
    }

    private static DayCount dayCount(ColumnValues row) {
        if (!row.has(DAY_COUNT)) {
            return DayCounts.PERIODIC;
        }
        String code = row.text(DAY_COUNT);
        try {
            return DayCounts.parse(code);
        } catch (IllegalArgumentException e) {
            throw row.error(DAY_COUNT, code, e.getMessage());
        }
    }

    private static OddDays oddDays(ColumnValues row) {
        if (!row.has(ODD_DAYS)) {
            return OddDays.WHOLE_PERIOD;
        }
        String code = row.text(ODD_DAYS);
        return OddDays.of(code).orElseThrow(() -> row.error(ODD_DAYS, code,
                "not an odd-days rule (WHOLE_PERIOD, or the basis of the odd days: 30/360, 30E/360, ACT/360, "
                        + "ACT/365F, ACT/ACT)"));
    }

    /**
     * The terms' refusal as an input error at the cell it came from: a field of the stated schedule
     * ({@code stated_schedule[3].payment}) points at that row of the schedules, the schedule as a whole
     * at its last row, any other field at the portfolio column of the same name.
     */
    private static InputException termsError(ColumnValues row, InvalidTermsException e, String statedSource,
                                             List<StatedSchedules.Row> stated, NoteDatedRows draws) {
        String field = e.field();
        InputException atDraw = drawError(e, draws);
        if (atDraw != null) {
            return atDraw;
        }
        if (field.startsWith(STATED_FIELD) && !stated.isEmpty()) {
            StatedSchedules.Row at = stated.get(stated.size() - 1);
            String column = PAYMENT;
            int open = field.indexOf('[');
            int close = field.indexOf(']');
            if (open > 0 && close > open) {
                int index = Integer.parseInt(field.substring(open + 1, close)) - 1;
                at = stated.get(Math.min(index, stated.size() - 1));
                column = field.substring(close + 1).replaceFirst("^\\.", "");
            }
            String value = column.equals(PAYMENT) && open > 0 ? at.payment().toPlainString()
                    : column.equals(StatedScheduleCsvReader.DUE_DATE) ? at.dueDate().toString() : e.value();
            return new InputException(InputError.inColumn(statedSource, at.line(), column, value,
                    e.rule() + " (note " + e.noteId() + ")"));
        }
        String column = field.equals("id") ? NOTE_ID : field.startsWith("rate") ? rateColumn(field, ANNUAL_RATE)
                : field.startsWith("fees") ? PortfolioCsvReader.CLOSING_FEES : field;
        if (!PortfolioCsvReader.KNOWN_COLUMNS.contains(column)) {
            return row.rowError(field + " = " + e.value() + ": " + e.rule());
        }
        // The cell as written (150000.00) reads better than the terms' normalised number (150000).
        return row.error(column, row.has(column) ? row.text(column) : e.value(), e.rule());
    }
}
