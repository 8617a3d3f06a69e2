package com.notefolio.reports.note;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.RateKind;
import java.math.BigDecimal;

/**
 * The rate terms of a note on the Terms sheet, in words and values: the kind, then what the kind holds —
 * each step of a stepped rate; the index, spread, multiplier, resets, lookback, initial rate, caps,
 * floors and rounding of a floating rate; the date and both sides of a conversion — and the maximum
 * lawful rate with the savings clause that applies it, and what a level payment does when the rate
 * changes. Rates are values (percentages) an analyst can refer to; the formula of a floating rate is also
 * spelt out as the note states it.
 */
final class RateTermRows {

    private final KeyValueSheet kv;

    private RateTermRows(KeyValueSheet kv) {
        this.kv = kv;
    }

    /** Writes the rate terms of {@code terms} as rows of {@code kv}. */
    static void write(KeyValueSheet kv, NoteTerms terms) {
        RateTermRows rows = new RateTermRows(kv);
        RateTerms rate = terms.rate();
        kv.text("Rate kind", RateKind.of(rate).label());
        if (rate instanceof RateTerms.Conversion c) {
            kv.date("Conversion date", c.on());
            rows.side("Before conversion: ", c.before());
            rows.side("After conversion: ", c.after());
        } else {
            rows.side("", rate);
        }
        if (terms.maxLawfulRate() != null) {
            kv.rate("Maximum lawful rate", terms.maxLawfulRate());
            kv.wrapped("Savings clause", switch (terms.savingsClause()) {
                case NOT_CHARGED -> "interest above the maximum lawful rate is never charged: each period is billed at"
                        + " the lesser of its rate and the maximum";
                case REFUNDED -> "each period is billed at the contract rate and the interest above the maximum lawful"
                        + " rate is refunded to the borrower on the same due date";
                case APPLIED_TO_PRINCIPAL -> "each installment is billed at the contract rate; interest is charged at"
                        + " the lesser of the rate and the maximum on the balance outstanding, and the excess is applied"
                        + " to principal, so the note may be repaid before its maturity";
            });
        } else {
            kv.text("Maximum lawful rate", "none stated");
        }
        if (!terms.hasSingleRate()) {
            kv.text("Payment when the rate changes", terms.paymentOnReset() == null ? null
                    : switch (terms.paymentOnReset()) {
                        case REAMORTIZE -> "re-amortized over the remaining term (level-payment notes)";
                        case KEEP_PAYMENT -> "kept; principal absorbs the change (negative amortization possible)";
                    });
            if (terms.negativeAmortizationCap() != null) {
                kv.text("Negative amortization cap", terms.negativeAmortizationCap().stripTrailingZeros().toPlainString()
                        + " × the original principal, then the payment is recast");
            }
        }
    }

    private void side(String prefix, RateTerms rate) {
        if (!prefix.isEmpty()) {
            kv.text(label(prefix, "rate kind"), RateKind.of(rate).label());
        }
        if (rate instanceof RateTerms.Fixed f) {
            // A note of one fixed rate has it as its annual rate, the row above.
            if (!prefix.isEmpty()) {
                kv.rate(label(prefix, "fixed rate"), f.rate());
            }
        } else if (rate instanceof RateTerms.Stepped s) {
            for (RateTerms.Step step : s.steps()) {
                kv.rate(label(prefix, "rate from " + step.from()), step.rate());
            }
        } else if (rate instanceof RateTerms.Floating f) {
            floating(prefix, f);
        }
    }

    private void floating(String prefix, RateTerms.Floating f) {
        kv.text(label(prefix, "index"), f.index());
        kv.wrapped(label(prefix, "reset rate"), f.resetRuleWords());
        kv.rate(label(prefix, "spread (margin)"), f.spread());
        kv.text(label(prefix, "index multiplier"), f.multiplier().toPlainString());
        kv.text(label(prefix, "reset frequency"), f.resetFrequency().name());
        kv.date(label(prefix, "first reset date"), f.firstResetDate());
        kv.text(label(prefix, "lookback"), f.lookbackDays() == 0 ? "none: the index on the reset date"
                : f.lookbackWords() + " before each reset (the latest fixing on or before)");
        kv.rate(label(prefix, "initial rate (until the first reset)"), f.initialRate());
        limit(label(prefix, "periodic cap (most rise at one reset)"), f.periodicCap());
        limit(label(prefix, "periodic floor (most fall at one reset)"), f.periodicFloor());
        limit(label(prefix, "lifetime cap"), f.lifetimeCap());
        limit(label(prefix, "lifetime floor"), f.lifetimeFloor());
        kv.text(label(prefix, "reset rounding"), RateTerms.RateRounding.words(f.rounding()));
    }

    /** A side's label: "Index" alone, "Before conversion: index" on a side of a conversion. */
    private static String label(String prefix, String text) {
        return prefix.isEmpty() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : prefix + text;
    }

    private void limit(String label, BigDecimal value) {
        if (value == null) {
            kv.text(label, "none");
        } else {
            kv.rate(label, value);
        }
    }
}
