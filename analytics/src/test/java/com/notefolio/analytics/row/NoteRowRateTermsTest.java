package com.notefolio.analytics.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A note's rate terms cross the Spark row and come back equal, through the core's one column mapping. */
class NoteRowRateTermsTest {

    private static final LocalDate ISSUE = LocalDate.of(2024, 1, 1);

    private static NoteTerms.Builder note(RateTerms rate) {
        return NoteTerms.builder("R").borrower("B").principal("100000").rate(rate).issueDate(ISSUE)
                .maturityDate(LocalDate.of(2030, 1, 1)).amortization(Amortization.LEVEL_PAYMENT);
    }

    private static RateTerms.Floating sofr(LocalDate firstReset) {
        return RateTerms.Floating.builder("SOFR").spread("0.0225").multiplier("1.1").initialRate("0.07")
                .resets(Frequency.QUARTERLY, firstReset).lookbackDays(45).periodicCapFloor("0.01", "0.02")
                .lifetimeCapFloor("0.09", "0.03").rounding(new RateTerms.RateRounding(new BigDecimal("0.00125"), RoundingMode.DOWN))
                .build();
    }

    private static void assertRoundTrip(NoteTerms terms) {
        Position p = Position.atPar(terms);
        assertThat(NoteRow.of(p).toPosition().terms()).isEqualTo(terms);
    }

    @Test
    void everyRateKindTheColumnsHoldComesBackEqual() {
        assertRoundTrip(note(RateTerms.fixed(new BigDecimal("0.06"))).build());
        assertRoundTrip(note(sofr(LocalDate.of(2024, 4, 1))).maxLawfulRate("0.085")
                .paymentOnReset(PaymentOnReset.KEEP_PAYMENT).negativeAmortizationCap("1.25").build());
        assertRoundTrip(note(new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                new RateTerms.Step(LocalDate.of(2025, 1, 1), new BigDecimal("0.055"))))).build());
        assertRoundTrip(note(new RateTerms.Conversion(RateTerms.fixed(new BigDecimal("0.05")), LocalDate.of(2026, 1, 1),
                sofr(LocalDate.of(2026, 4, 1)))).build());
        assertRoundTrip(note(new RateTerms.Conversion(sofr(LocalDate.of(2024, 4, 1)), LocalDate.of(2026, 1, 1),
                RateTerms.fixed(new BigDecimal("0.065")))).build());
    }

    @Test
    void aFloatersLookbackCalendarAndItsTwoOptionsComeBackEqual() {
        // EURIBOR − 0.5%, allowed below zero, resetting on its dates (which needs a day-count basis: ACT/360),
        // read two TARGET business days before each reset.
        RateTerms.Floating eur = RateTerms.Floating.builder("EURIBOR").spread("-0.005").initialRate("-0.002")
                .resets(Frequency.QUARTERLY, LocalDate.of(2024, 2, 15))
                .lookbackBusinessDays(2, com.notefolio.core.convention.BusinessCalendar.of("EUTA"))
                .negativeRates(RateTerms.Floating.NegativeRates.ALLOWED)
                .resetTiming(RateTerms.Floating.ResetTiming.ON_RESET_DATE).build();
        NoteTerms t = note(eur).currency("EUR").accrualBasis(com.notefolio.core.convention.DayCounts.ACT_360).build();
        NoteRow r = NoteRow.of(Position.atPar(t));
        assertThat(r.getLookbackCalendar()).isEqualTo("EUTA");
        assertThat(r.getNegativeRates()).isEqualTo("allowed");
        assertThat(r.getResetTiming()).isEqualTo("reset_date");
        assertRoundTrip(t);
        // The same options on a conversion's floating part.
        assertRoundTrip(note(new RateTerms.Conversion(eur, LocalDate.of(2026, 1, 1), RateTerms.fixed(new BigDecimal("0.03"))))
                .currency("EUR").accrualBasis(com.notefolio.core.convention.DayCounts.ACT_360).build());
    }

    @Test
    void theDefaultOptionsLeaveTheirColumnsBlank() {
        NoteRow r = NoteRow.of(Position.atPar(note(sofr(LocalDate.of(2024, 4, 1))).build()));
        assertThat(r.getNegativeRates()).isNull();
        assertThat(r.getResetTiming()).isNull();
    }

    @Test
    void stepsAfterTheIssueDateAreTheRowsRateSteps() {
        NoteTerms t = note(new RateTerms.Stepped(List.of(new RateTerms.Step(ISSUE, new BigDecimal("0.05")),
                new RateTerms.Step(LocalDate.of(2025, 1, 1), new BigDecimal("0.055"))))).build();
        NoteRow r = NoteRow.of(Position.atPar(t));
        assertThat(r.getRateKind()).isEqualTo("stepped");
        assertThat(r.getAnnualRate()).isEqualTo("0.05");
        assertThat(r.getRateSteps()).extracting(RateStepRow::getFrom, RateStepRow::getRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 1), "0.055"));
    }

    @Test
    void aConversionTheFlatColumnsCannotHoldIsRefusedNamingTheNote() {
        RateTerms.Floating prime = RateTerms.Floating.builder("PRIME").initialRate("0.08")
                .resets(Frequency.MONTHLY, LocalDate.of(2026, 2, 1)).build();
        NoteTerms t = note(new RateTerms.Conversion(sofr(LocalDate.of(2024, 4, 1)), LocalDate.of(2026, 1, 1), prime)).build();
        assertThatThrownBy(() -> NoteRow.of(Position.atPar(t))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("note R").hasMessageContaining("fixed to floating or from floating to fixed only");
    }
}
