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

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.OddDays;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

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
        String id = noteId(row);
        Amortization amortization = amortization(row);
        try {
            NoteTerms terms = terms(row, id, amortization, stated);
            return new Position(terms, price(row, terms));
        } catch (InvalidTermsException e) {
            throw termsError(row, e, statedSource, stated);
        }
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
                                   List<StatedSchedules.Row> stated) {
        NoteTerms.Builder b = NoteTerms.builder(id)
                .amortization(amortization)
                .principal(row.requiredDecimal(PRINCIPAL))
                .annualRate(row.requiredRate(ANNUAL_RATE))
                .issueDate(row.requiredDate(ISSUE_DATE))
                .maturityDate(row.requiredDate(MATURITY_DATE))
                .firstPaymentDate(row.date(FIRST_PAYMENT_DATE))
                .frequency(row.choice(FREQUENCY, Frequency.class,
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
        b.currency(currency(id, row.has(CURRENCY) ? row.text(CURRENCY) : "USD"));
        BigDecimal collateralValue = row.decimal(COLLATERAL_VALUE);
        String collateral = row.optionalText(COLLATERAL);
        // A collateral described or valued but no "secured" flag given means the note is secured.
        b.security(row.bool(SECURED, collateral != null || collateralValue != null), collateral, collateralValue);
        b.prepayment(new PrepaymentTerms(row.bool(PREPAYMENT_ALLOWED, true), row.rate(PREPAYMENT_PENALTY),
                row.date(LOCKOUT_UNTIL)));
        Integer cureDays = row.integer(CURE_DAYS);
        b.defaults(new DefaultTerms(cureDays == null ? 0 : cureDays, row.rate(DEFAULT_RATE),
                row.bool(ACCELERATES, true), row.bool(COLLECTION_COSTS_PAYABLE, false), List.of()));
        if (amortization == Amortization.STATED) {
            for (StatedSchedules.Row r : stated) {
                b.addStatedPayment(r.dueDate(), r.payment());
            }
        }
        return b.build();
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
        return DayCounts.of(code).orElseThrow(() -> row.error(DAY_COUNT, code,
                "not a known day count (PERIODIC, 30/360, 30E/360, ACT/360, ACT/365F, ACT/ACT)"));
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
                                             List<StatedSchedules.Row> stated) {
        String field = e.field();
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
        String column = field.equals("id") ? NOTE_ID : field;
        if (!PortfolioCsvReader.KNOWN_COLUMNS.contains(column)) {
            return row.rowError(field + " = " + e.value() + ": " + e.rule());
        }
        // The cell as written (150000.00) reads better than the terms' normalised number (150000).
        return row.error(column, row.has(column) ? row.text(column) : e.value(), e.rule());
    }
}
