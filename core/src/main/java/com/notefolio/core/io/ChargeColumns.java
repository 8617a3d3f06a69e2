package com.notefolio.core.io;

import static com.notefolio.core.io.PortfolioCsvReader.CLOSING_FEES;
import static com.notefolio.core.io.PortfolioCsvReader.DEFAULT_MARGIN;
import static com.notefolio.core.io.PortfolioCsvReader.LATE_CHARGE_AMOUNT;
import static com.notefolio.core.io.PortfolioCsvReader.LATE_CHARGE_GRACE_DAYS;
import static com.notefolio.core.io.PortfolioCsvReader.LATE_CHARGE_MAX;
import static com.notefolio.core.io.PortfolioCsvReader.LATE_CHARGE_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.OPEN_MONTHS;
import static com.notefolio.core.io.PortfolioCsvReader.PERIODIC_FEE_AMOUNT;
import static com.notefolio.core.io.PortfolioCsvReader.PERIODIC_FEE_RATE;
import static com.notefolio.core.io.PortfolioCsvReader.PRECOMPUTED_INTEREST;
import static com.notefolio.core.io.PortfolioCsvReader.PREMIUM_STEPS;
import static com.notefolio.core.io.PortfolioCsvReader.PREPAYMENT_PENALTY;
import static com.notefolio.core.io.PortfolioCsvReader.SAVINGS_CLAUSE;
import static com.notefolio.core.io.PortfolioCsvReader.YIELD_MAINTENANCE_FLOOR;
import static com.notefolio.core.io.PortfolioCsvReader.YIELD_MAINTENANCE_SPREAD;

import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.PeriodicFee;
import com.notefolio.core.note.PrecomputedInterest;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SavingsClause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The prepayment and default columns of a portfolio row as terms: the flat penalty, lockout, premium steps,
 * yield maintenance and open period; the cure days, default rate or margin, acceleration, collection costs
 * and late charge; the savings clause of the maximum lawful rate; the rebate method of precomputed interest. A term's refusal is reported at the column it came from.
 */
final class ChargeColumns {

    private ChargeColumns() {
    }

    /** The flat prepayment terms {@code flat} (allowed, penalty, lockout) with the row's premium and open period. */
    static PrepaymentTerms prepayment(ColumnValues row, PrepaymentTerms flat) {
        PrepaymentPremium premium = premium(row);
        Integer open = row.integer(OPEN_MONTHS);
        try {
            return new PrepaymentTerms(flat.allowed(), flat.penaltyRate(), flat.lockoutUntil(), premium,
                    open == null ? 0 : open);
        } catch (InvalidTermsException e) {
            String column = e.field().equals("prepayment.open_months") ? OPEN_MONTHS : PREPAYMENT_PENALTY;
            throw row.error(column, row.text(column), e.rule());
        }
    }

    /** The default terms {@code before} (cure days, rate, acceleration, costs) with the row's late charge and margin. */
    static DefaultTerms defaults(ColumnValues row, DefaultTerms before) {
        LateCharge late = lateCharge(row);
        try {
            return new DefaultTerms(before.cureDays(), before.defaultRate(), before.accelerates(),
                    before.collectionCostsPayable(), before.events(), late, row.rate(DEFAULT_MARGIN));
        } catch (InvalidTermsException e) {
            throw row.error(DEFAULT_MARGIN, row.text(DEFAULT_MARGIN), e.rule());
        }
    }

    /** The savings clause: not_charged (blank), refunded or applied_to_principal. */
    static SavingsClause savingsClause(ColumnValues row) {
        return row.choice(SAVINGS_CLAUSE, SavingsClause.class, SavingsClause.NOT_CHARGED);
    }

    /** Precomputed interest: rule_of_78s or actuarial; blank (null) for simple interest. */
    static PrecomputedInterest precomputed(ColumnValues row) {
        return row.choice(PRECOMPUTED_INTEREST, PrecomputedInterest.class, null);
    }

    /**
     * {@code origination:1%:financed;documentation:250.00}: each fee its name, an amount (a plain decimal) or a
     * rate of the principal (with {@code %}), and {@code :financed} when withheld from the proceeds (paid in cash
     * at closing otherwise); the form {@link ClosingFee#columnText()} writes.
     */
    static List<ClosingFee> closingFees(ColumnValues row) {
        String text = row.optionalText(CLOSING_FEES);
        if (text == null) {
            return List.of();
        }
        List<ClosingFee> fees = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] fields = part.strip().split(":", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw row.error(CLOSING_FEES, text, "fee \"" + part.strip() + "\" is not name:amount or name:rate%,"
                        + " then :financed when withheld from the proceeds (such as origination:1%:financed)");
            }
            boolean financed = fields.length == 3;
            if (financed && !fields[2].strip().equalsIgnoreCase("financed")) {
                throw row.error(CLOSING_FEES, text, "fee \"" + part.strip() + "\": after its amount comes financed or"
                        + " nothing (cash at closing), not " + fields[2].strip());
            }
            String value = fields[1].strip();
            boolean percent = value.endsWith("%");
            try {
                BigDecimal number = DecimalText.parse(percent ? value.substring(0, value.length() - 1).strip() : value);
                fees.add(percent ? new ClosingFee(fields[0], null, number.movePointLeft(2), financed)
                        : new ClosingFee(fields[0], number, null, financed));
            } catch (IllegalArgumentException e) {
                throw row.error(CLOSING_FEES, text, "fee \"" + part.strip() + "\": " + e.getMessage());
            }
        }
        return fees;
    }

    private static PrepaymentPremium premium(ColumnValues row) {
        String steps = row.optionalText(PREMIUM_STEPS);
        boolean ym = row.has(YIELD_MAINTENANCE_SPREAD) || row.has(YIELD_MAINTENANCE_FLOOR);
        if (steps != null && ym) {
            throw row.error(PREMIUM_STEPS, steps, "a note's premium is a step-down schedule or yield maintenance, not"
                    + " both (" + YIELD_MAINTENANCE_SPREAD + " or " + YIELD_MAINTENANCE_FLOOR + " is given)");
        }
        try {
            if (steps != null) {
                return new PrepaymentPremium.StepDown(steps(row, steps));
            }
            if (ym) {
                return new PrepaymentPremium.YieldMaintenance(row.rate(YIELD_MAINTENANCE_SPREAD),
                        row.rate(YIELD_MAINTENANCE_FLOOR));
            }
            return null;
        } catch (InvalidTermsException e) {
            String column = steps != null ? PREMIUM_STEPS
                    : e.field().endsWith("floor") ? YIELD_MAINTENANCE_FLOOR : YIELD_MAINTENANCE_SPREAD;
            throw row.error(column, row.text(column), e.field() + " = " + e.value() + ": " + e.rule());
        }
    }

    /** {@code 1:0.05;2:0.04;6:0}: each step a loan year or an ISO date, a colon, a rate (fraction or percentage). */
    private static List<PremiumStep> steps(ColumnValues row, String text) {
        List<PremiumStep> steps = new ArrayList<>();
        for (String part : text.split(";")) {
            String step = part.strip();
            int colon = step.lastIndexOf(':');
            if (colon <= 0 || colon == step.length() - 1) {
                throw row.error(PREMIUM_STEPS, text, "step \"" + step + "\" is not from:rate (such as 1:0.05 or"
                        + " 2027-06-01:2%)");
            }
            String from = step.substring(0, colon).strip();
            String rateText = step.substring(colon + 1).strip();
            BigDecimal rate;
            try {
                boolean percent = rateText.endsWith("%");
                rate = DecimalText.parse(percent ? rateText.substring(0, rateText.length() - 1).strip() : rateText);
                rate = percent ? rate.movePointLeft(2) : rate;
            } catch (IllegalArgumentException e) {
                throw row.error(PREMIUM_STEPS, text, "step \"" + step + "\": the rate " + e.getMessage());
            }
            try {
                steps.add(from.contains("-") ? PremiumStep.fromDate(LocalDate.parse(from), rate)
                        : PremiumStep.fromYear(Integer.parseInt(from), rate));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw row.error(PREMIUM_STEPS, text, "step \"" + step + "\": " + from
                        + " is neither a loan year (1, 2, …) nor an ISO date");
            }
        }
        return steps;
    }

    /** The fee charged with each installment: a flat amount and/or an annual rate on the balance; null for none. */
    static PeriodicFee periodicFee(ColumnValues row) {
        BigDecimal amount = row.decimal(PERIODIC_FEE_AMOUNT);
        BigDecimal rate = row.rate(PERIODIC_FEE_RATE);
        if (amount == null && rate == null) {
            return null;
        }
        try {
            return new PeriodicFee(amount, rate);
        } catch (InvalidTermsException e) {
            // PeriodicFee names its fields by these columns.
            String column = e.field();
            throw row.error(column, row.has(column) ? row.text(column) : e.value(), e.rule());
        }
    }

    private static LateCharge lateCharge(ColumnValues row) {
        BigDecimal rate = row.rate(LATE_CHARGE_RATE);
        BigDecimal amount = row.decimal(LATE_CHARGE_AMOUNT);
        Integer grace = row.integer(LATE_CHARGE_GRACE_DAYS);
        BigDecimal max = row.decimal(LATE_CHARGE_MAX);
        if (rate == null && amount == null) {
            if (grace != null || max != null) {
                String column = grace != null ? LATE_CHARGE_GRACE_DAYS : LATE_CHARGE_MAX;
                throw row.error(column, row.text(column), "belongs to a late charge: give " + LATE_CHARGE_RATE
                        + " or " + LATE_CHARGE_AMOUNT + " too");
            }
            return null;
        }
        try {
            return new LateCharge(rate, amount, grace == null ? 0 : grace, max);
        } catch (InvalidTermsException e) {
            // LateCharge names its fields by these columns.
            String column = e.field();
            throw row.error(column, row.has(column) ? row.text(column) : e.value(), e.rule());
        }
    }
}
