package com.notefolio.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.convention.Frequency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Each rule of the rate terms fails with the field, the value given and the rule broken; a part built
 * on its own names no note ({@code note ?}), and the note's own checks of its rate name the note.
 */
class RateTermsValidationTest {

    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);

    private static RateTerms.Floating.Builder floating() {
        return RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.06")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 4, 1));
    }

    private static NoteTerms.Builder note(RateTerms rate) {
        return NoteTerms.builder("N-1").borrower("B").principal("1000").rate(rate).issueDate(ISSUE)
                .maturityDate(LocalDate.of(2025, 1, 1)).amortization(Amortization.INTEREST_ONLY);
    }

    private static void assertRule(ThrowingSupplier<?> build, String note, String field, String value, String rule) {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class, () -> build.get());
        assertThat(e).as("expected InvalidTermsException").isNotNull();
        assertThat(e.noteId()).isEqualTo(note);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.rule()).contains(rule);
        assertThat(e.getMessage()).isEqualTo("note " + (note == null ? "?" : note) + ": " + field + " = " + value + ": " + e.rule());
    }

    @Test
    void floatingTermsCheckEachField() {
        assertRule(() -> RateTerms.Floating.builder(" ").initialRate("0.05").build(), null, "rate.index", " ", "is required");
        assertRule(() -> floating().spread("1.5").build(), null, "rate.spread", "1.5", "between -1 and 1");
        assertRule(() -> floating().multiplier("0").build(), null, "rate.multiplier", "0", "not 0");
        assertRule(() -> floating().multiplier("-11").build(), null, "rate.multiplier", "-11", "between -10 and 10");
        assertRule(() -> floating().resets(Frequency.AT_MATURITY, ISSUE).build(), null, "rate.reset_frequency",
                "AT_MATURITY", "regular frequency");
        assertRule(() -> floating().resets(Frequency.MONTHLY, null).build(), null, "rate.first_reset_date", "null", "is required");
        assertRule(() -> floating().lookbackDays(-1).build(), null, "rate.lookback_days", "-1", "between 0 and 366");
        assertRule(() -> RateTerms.Floating.builder("SOFR").resets(Frequency.MONTHLY, ISSUE).build(), null,
                "rate.initial_rate", "null", "is required");
        assertRule(() -> floating().periodicCapFloor("-0.01", null).build(), null, "rate.periodic_cap", "-0.01", "between 0 and 1");
        assertRule(() -> floating().lifetimeCapFloor("0.08", "0.09").build(), null, "rate.lifetime_floor", "0.09",
                "must not be above the lifetime cap 0.08");
        assertRule(() -> floating().lifetimeCapFloor("0.05", null).build(), null, "rate.initial_rate", "0.06",
                "must not be above the lifetime cap 0.05");
        assertRule(() -> floating().lifetimeCapFloor(null, "0.07").build(), null, "rate.initial_rate", "0.06",
                "must not be below the lifetime floor 0.07");
        assertRule(() -> new RateTerms.RateRounding(new BigDecimal("0.00125"), RoundingMode.HALF_EVEN), null,
                "rate.rounding_mode", "HALF_EVEN", "HALF_UP (nearest), UP or DOWN");
        assertRule(() -> new RateTerms.RateRounding(BigDecimal.ZERO, RoundingMode.HALF_UP), null,
                "rate.rounding_increment", "0", "must be positive");
    }

    @Test
    void steppedAndConvertedTermsCheckTheirDates() {
        assertRule(() -> new RateTerms.Stepped(List.of()), null, "rate_steps", "none", "at least one dated step");
        assertRule(() -> new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                new RateTerms.Step(ISSUE, new BigDecimal("0.06")))), null, "rate_steps[2].from", "2024-01-01",
                "must be after the previous step's date 2024-01-01");
        assertRule(() -> new RateTerms.Step(ISSUE, new BigDecimal("1.2")), null, "rate_step.rate", "1.2", "between 0 and 1");
        assertRule(() -> new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.07")), LocalDate.of(2024, 7, 1),
                floating().build()), null, "rate.after.first_reset_date", "2024-04-01",
                "must not be before the conversion date 2024-07-01");
        RateTerms.Conversion once = new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.07")),
                LocalDate.of(2024, 3, 1), floating().build());
        assertRule(() -> new RateTerms.Conversion(once, LocalDate.of(2024, 9, 1), RateTerms.fixed(BigDecimal.ONE)), null,
                "rate.conversion", "nested", "neither side may itself be a conversion");
    }

    @Test
    void noteChecksItsRateAgainstItsDatesAndNamesItself() {
        RateTerms lateStep = new RateTerms.Stepped(List.of(new RateTerms.Step(LocalDate.of(2024, 2, 1), new BigDecimal("0.05"))));
        assertRule(() -> note(lateStep).build(), "N-1", "rate_steps[1].from", "2024-02-01",
                "must be on or before the issue date 2024-01-01");
        RateTerms afterMaturity = new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.07")), LocalDate.of(2025, 1, 1),
                RateTerms.fixed(new BigDecimal("0.05")));
        assertRule(() -> note(afterMaturity).build(), "N-1", "rate.conversion_date", "2025-01-01",
                "must be after the issue date 2024-01-01 and before the maturity date 2025-01-01");
        assertRule(() -> note(floating().resets(Frequency.MONTHLY, ISSUE).build()).build(), "N-1", "rate.first_reset_date",
                "2024-01-01", "must be after the issue date 2024-01-01");
        assertRule(() -> note(floating().build()).maxLawfulRate("0").build(), "N-1", "max_lawful_rate", "0",
                "above 0 and at most 1");
        assertRule(() -> note(floating().build()).paymentOnReset(PaymentOnReset.KEEP_PAYMENT).build(), "N-1",
                "payment_on_reset", "KEEP_PAYMENT", "LEVEL_PAYMENT notes only");
        NoteTerms.Builder level = note(floating().build()).amortization(Amortization.LEVEL_PAYMENT);
        assertRule(() -> level.negativeAmortizationCap("1.1").build(), "N-1", "negative_amortization_cap", "1.1",
                "applies to a note that keeps its payment");
        assertRule(() -> level.paymentOnReset(PaymentOnReset.KEEP_PAYMENT).negativeAmortizationCap("0.9").build(), "N-1",
                "negative_amortization_cap", "0.9", "between 1 and 10");
    }

    @Test
    void fixedRateThroughTheBuilderIsAFixedRateTerm() {
        NoteTerms t = NoteTerms.builder("N-2").borrower("B").principal("1000").annualRate("0.0800").issueDate(ISSUE)
                .maturityDate(LocalDate.of(2025, 1, 1)).amortization(Amortization.INTEREST_ONLY).build();
        assertThat(t.rate()).isEqualTo(new RateTerms.Fixed(new BigDecimal("0.08")));
        assertThat(t.hasSingleRate()).isTrue();
        assertThat(t.paymentOnReset()).isEqualTo(PaymentOnReset.REAMORTIZE);
        assertThat(t.toBuilder().build()).isEqualTo(t);
        // The annual rate of a floating note is its initial rate; a fixed rate set afterwards replaces it.
        NoteTerms f = note(floating().build()).build();
        assertThat(f.annualRate()).isEqualByComparingTo("0.06");
        assertThat(f.hasSingleRate()).isFalse();
        assertThat(f.toBuilder().annualRate("0.05").build().rate()).isEqualTo(RateTerms.fixed(new BigDecimal("0.05")));
        // A usury ceiling below the fixed rate makes it a note of more than its stated rate's schedule.
        assertThat(t.toBuilder().maxLawfulRate("0.07").build().hasSingleRate()).isFalse();
        assertThat(t.toBuilder().maxLawfulRate("0.08").build().hasSingleRate()).isTrue();
    }

    @Test
    void aNegativeFixedRateIsRefusedUnlessItsTermsAllowIt() {
        // A plain note's stated rate stays validated: -0.005 is far likelier a typo'd sign than a rate meant.
        assertRule(() -> RateTerms.fixed(new BigDecimal("-0.005")), null, "annual_rate", "-0.005", "between 0 and 1");
        RateTerms.Fixed allowed = RateTerms.fixed(new BigDecimal("-0.005"), RateTerms.Floating.NegativeRates.ALLOWED);
        assertThat(allowed.rate()).isEqualByComparingTo("-0.005");
        assertThat(note(allowed).build().annualRate()).isEqualByComparingTo("-0.005");
        // Allowed below zero, still a fraction: -150% is refused.
        assertRule(() -> RateTerms.fixed(new BigDecimal("-1.5"), RateTerms.Floating.NegativeRates.ALLOWED), null,
                "annual_rate", "-1.5", "between -1 and 1");
        // The default is every existing fixed rate's.
        assertThat(RateTerms.fixed(new BigDecimal("0.08")))
                .isEqualTo(RateTerms.fixed(new BigDecimal("0.08"), RateTerms.Floating.NegativeRates.HELD_AT_ZERO));
    }

    @Test
    void canonicalConstructorRefusesARateThatIsNotTheTermsInitialRate() {
        NoteTerms t = note(floating().build()).build();
        assertRule(() -> new NoteTerms(t.id(), t.borrower(), t.lender(), null, null, null, t.principal(),
                new BigDecimal("0.05"), t.issueDate(), t.firstPaymentDate(), t.maturityDate(), t.frequency(),
                t.amortization(), null, null, List.of(), t.accrualBasis(), t.oddDays(), t.paymentRounding(),
                t.interestRounding(), t.prepayment(), t.defaults(), t.security(), null, t.rate(), null, null, null, null, null, null, null, null, null, null, null),
                "N-1", "annual_rate", "0.05", "must be the rate terms' initial rate 0.06");
    }
}
