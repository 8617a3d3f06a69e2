package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate columns of the portfolio CSV (and the rate-steps CSV) read into the rate terms their cells
 * state, through the one mapping PositionColumns; each bad value is refused naming file, line, column
 * and reason. The expected terms are written out by hand from the example rows.
 */
class RateColumnsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static Map<String, NoteTerms> notes;

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,"
            + "rate_kind,index,spread,reset_frequency,first_reset_date,rate_rounding,rate_rounding_mode,conversion_date,"
            + "converted_rate,max_lawful_rate,payment_on_reset,negative_amortization_cap\n";
    /** A valid floating note: SOFR + 2%, quarterly resets from 2024-04-01. */
    private static final String FLOATING = "F-1,10000.00,0.07,2024-01-01,2026-01-01,LEVEL_PAYMENT,floating,SOFR,0.02,"
            + "QUARTERLY,2024-04-01,,,,,,,\n";

    @BeforeAll
    static void readExamples() {
        RateSteps steps = RateStepCsvReader.read(EXAMPLES.resolve("rate-steps.csv"));
        notes = new LinkedHashMap<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-rates.csv"),
                StatedSchedules.NONE, steps, null)) {
            reader.forEachRemaining(p -> notes.put(p.terms().id(), p.terms()));
        }
    }

    private static String firstError(String csv, String steps) {
        try {
            RateSteps rateSteps = steps == null ? RateSteps.NONE
                    : RateStepCsvReader.read("rate-steps.csv", new StringReader(steps), null);
            try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                    StatedSchedules.NONE, rateSteps, null)) {
                reader.forEachRemaining(p -> { });
            }
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    private static Position only(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            return reader.next();
        }
    }

    @Test
    void everyExampleRateKindIsRead() {
        assertThat(notes.keySet()).containsExactly("FLOAT-SOFR-2023", "FLOAT-PRIME-2022", "STEP-2022",
                "FIX2FLOAT-2021", "FLOAT2FIX-2022", "KEEP-PAY-2022");
    }

    @Test
    void floatingRowHoldsIndexSpreadResetsLookbackCapsFloorsAndEighthRounding() {
        RateTerms expected = new RateTerms.Floating("SOFR", new BigDecimal("0.0275"), BigDecimal.ONE,
                Frequency.SEMI_ANNUAL, LocalDate.of(2023, 7, 15), 45, new BigDecimal("0.0725"),
                new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.09"), new BigDecimal("0.0325"),
                RateTerms.RateRounding.NEAREST_EIGHTH);

        assertThat(notes.get("FLOAT-SOFR-2023").rate()).isEqualTo(expected);
        assertThat(notes.get("FLOAT-SOFR-2023").annualRate()).isEqualByComparingTo("0.0725");
    }

    @Test
    void maxLawfulRateCapsAPrimeNote() {
        NoteTerms t = notes.get("FLOAT-PRIME-2022");

        assertThat(t.maxLawfulRate()).isEqualByComparingTo("0.09");
        assertThat(((RateTerms.Floating) t.rate()).lifetimeFloor()).isEqualByComparingTo("0.0425");
        assertThat(((RateTerms.Floating) t.rate()).resetFrequency()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void steppedRowTakesAnnualRateFromIssueThenTheRateStepsFile() {
        assertThat(notes.get("STEP-2022").rate()).isEqualTo(new RateTerms.Stepped(List.of(
                new RateTerms.Step(LocalDate.of(2022, 6, 1), new BigDecimal("0.05")),
                new RateTerms.Step(LocalDate.of(2024, 6, 1), new BigDecimal("0.06")),
                new RateTerms.Step(LocalDate.of(2026, 6, 1), new BigDecimal("0.07")))));
    }

    @Test
    void fixedToFloatingConvertsOnItsDateStartingAtTheFixedRateUntilTheFirstReset() {
        RateTerms.Floating after = new RateTerms.Floating("SOFR", new BigDecimal("0.03"), BigDecimal.ONE,
                Frequency.QUARTERLY, LocalDate.of(2024, 3, 1), 2, new BigDecimal("0.045"), null, null,
                new BigDecimal("0.10"), new BigDecimal("0.03"),
                new RateTerms.RateRounding(new BigDecimal("0.00125"), RoundingMode.UP));

        assertThat(notes.get("FIX2FLOAT-2021").rate()).isEqualTo(new RateTerms.Conversion(
                RateTerms.fixed(new BigDecimal("0.045")), LocalDate.of(2024, 3, 1), after));
    }

    @Test
    void floatingToFixedConvertsToTheConvertedRate() {
        RateTerms.Floating before = new RateTerms.Floating("PRIME", new BigDecimal("0.005"), BigDecimal.ONE,
                Frequency.QUARTERLY, LocalDate.of(2022, 5, 15), 0, new BigDecimal("0.0475"),
                new BigDecimal("0.02"), new BigDecimal("0.02"), null, null, null);

        assertThat(notes.get("FLOAT2FIX-2022").rate()).isEqualTo(new RateTerms.Conversion(before,
                LocalDate.of(2024, 2, 15), RateTerms.fixed(new BigDecimal("0.0825"))));
    }

    @Test
    void keptPaymentWithItsNegativeAmortizationCap() {
        NoteTerms t = notes.get("KEEP-PAY-2022");

        assertThat(t.paymentOnReset()).isEqualTo(PaymentOnReset.KEEP_PAYMENT);
        assertThat(t.negativeAmortizationCap()).isEqualByComparingTo("1.10");
    }

    @Test
    void rowWithoutRateColumnsOrWithThemBlankIsTheFixedNoteOfBefore() {
        Position blank = only(HEADER + "A-1,10000.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY,,,,,,,,,,,,\n");
        Position none = only("note_id,principal,annual_rate,issue_date,maturity_date,amortization\n"
                + "A-1,10000.00,0.06,2020-01-01,2021-01-01,INTEREST_ONLY\n");

        assertThat(blank).isEqualTo(none);
        assertThat(none.terms().rate()).isEqualTo(RateTerms.fixed(new BigDecimal("0.06")));
        assertThat(none.terms().maxLawfulRate()).isNull();
        assertThat(none.terms().paymentOnReset()).isEqualTo(PaymentOnReset.REAMORTIZE);
    }

    @Test
    void badSpreadIsNamedAtItsLineAndColumn() {
        String csv = HEADER + FLOATING + FLOATING.replace("F-1", "F-2").replace(",0.02,", ",2%%,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:3: column spread: value \"2%%\": not a number"
                + " (write a fraction such as 0.12 or a percentage such as 12%)");
    }

    @Test
    void spreadOutsideItsRangeIsRefusedAtTheSpreadColumn() {
        String csv = HEADER + FLOATING.replace(",0.02,", ",1.5,");

        assertThat(firstError(csv, null)).startsWith("notes.csv:2: column spread: value \"1.5\": must be a fraction between -1 and 1");
    }

    @Test
    void floatingNoteWithoutIndexIsRefusedAtTheIndexColumn() {
        String csv = HEADER + FLOATING.replace(",SOFR,", ",,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column index: value \"\": is required");
    }

    @Test
    void firstResetOnTheIssueDateIsRefusedAtItsColumn() {
        String csv = HEADER + FLOATING.replace("2024-04-01", "2024-01-01");

        assertThat(firstError(csv, null)).startsWith("notes.csv:2: column first_reset_date: value \"2024-01-01\": must be after the issue date");
    }

    @Test
    void unknownRateKindListsTheKinds() {
        String csv = HEADER + FLOATING.replace(",floating,", ",adjustable,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column rate_kind: value \"adjustable\": not one of"
                + " FIXED, STEPPED, FLOATING, FIXED_TO_FLOATING, FLOATING_TO_FIXED");
    }

    @Test
    void floatingColumnsOnAFixedNoteAreRefusedRatherThanIgnored() {
        String csv = HEADER + FLOATING.replace(",floating,", ",,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column index: value \"SOFR\": applies to a floating part"
                + " only, and rate_kind is fixed (blank)");
    }

    @Test
    void roundingModeWithoutIncrementIsRefused() {
        String csv = HEADER + FLOATING.replace("2024-04-01,,,", "2024-04-01,,up,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column rate_rounding_mode: value \"up\": needs the"
                + " rate_rounding increment (0.00125 is 1/8 %)");
    }

    @Test
    void floatingToFixedNeedsItsConvertedRate() {
        String csv = HEADER + FLOATING.replace(",floating,", ",floating_to_fixed,")
                .replace("2024-04-01,,,,,,,", "2024-04-01,,,2025-01-01,,,,");

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column converted_rate: value \"\": is required for a"
                + " floating_to_fixed note: the fixed rate from the conversion date");
    }

    @Test
    void conversionAfterMaturityIsRefusedAtTheConversionDate() {
        String csv = HEADER + FLOATING.replace(",floating,", ",floating_to_fixed,")
                .replace("2024-04-01,,,,,,,", "2024-04-01,,,2027-01-01,0.08,,,");

        assertThat(firstError(csv, null)).startsWith("notes.csv:2: column conversion_date: value \"2027-01-01\": must be"
                + " after the issue date 2024-01-01 and before the maturity date 2026-01-01");
    }

    @Test
    void negativeAmortizationCapWithoutKeptPaymentIsRefused() {
        String csv = HEADER + FLOATING.replace("2024-04-01,,,,,,,", "2024-04-01,,,,,,,1.1");

        assertThat(firstError(csv, null)).startsWith("notes.csv:2: column negative_amortization_cap: value \"1.1\": applies"
                + " to a note that keeps its payment");
    }

    @Test
    void steppedNoteWithoutStepsIsRefused() {
        String csv = HEADER + "S-1,10000.00,0.05,2024-01-01,2026-01-01,LEVEL_PAYMENT,stepped,,,,,,,,,,,\n";

        assertThat(firstError(csv, null)).isEqualTo("notes.csv:2: column rate_kind: value \"stepped\": a stepped note"
                + " needs its rate steps, but rate-steps.csv has no rows for note S-1 (give them with --rate-steps:"
                + " note_id,from,rate)");
    }

    @Test
    void stepOnTheIssueDateIsRefusedAtItsLineInTheStepsFile() {
        String csv = HEADER + "S-1,10000.00,0.05,2024-01-01,2026-01-01,LEVEL_PAYMENT,stepped,,,,,,,,,,,\n";
        String steps = "note_id,from,rate\nS-1,2025-01-01,0.06\nS-1,2025-06-01,0.07\n".replace("2025-01-01", "2024-01-01");

        assertThat(firstError(csv, steps)).isEqualTo("rate-steps.csv:2: column from: value \"2024-01-01\": must be after"
                + " the issue date 2024-01-01 of note S-1 (its rate from the issue date is its annual_rate)");
    }

    @Test
    void stepRateAboveOneIsRefusedAtItsLine() {
        String csv = HEADER + "S-1,10000.00,0.05,2024-01-01,2026-01-01,LEVEL_PAYMENT,stepped,,,,,,,,,,,\n";

        assertThat(firstError(csv, "note_id,from,rate\nS-1,2025-01-01,0.06\nS-1,2025-06-01,7\n"))
                .isEqualTo("rate-steps.csv:3: column rate: value \"7\": must be a fraction between 0 and 1 (12% is 0.12) (note S-1)");
    }

    @Test
    void stepsOutOfDateOrderAreRefusedWhenRead() {
        String csv = HEADER + "S-1,10000.00,0.05,2024-01-01,2026-01-01,LEVEL_PAYMENT,stepped,,,,,,,,,,,\n";

        assertThat(firstError(csv, "note_id,from,rate\nS-1,2025-06-01,0.06\nS-1,2025-01-01,0.07\n"))
                .isEqualTo("rate-steps.csv:3: column from: value \"2025-01-01\": the steps of note S-1 must be in increasing"
                        + " date order: this one is not after 2025-06-01 (line 2)");
    }

    @Test
    void stepsOfANoteNotInThePortfolioAreRefused() {
        String csv = HEADER + FLOATING;

        assertThat(firstError(csv, "note_id,from,rate\nGHOST,2025-01-01,0.06\n"))
                .isEqualTo("rate-steps.csv:2: column note_id: value \"GHOST\": no note GHOST in notes.csv; rate steps need a"
                        + " stepped note");
    }

    @Test
    void stepsOfANoteThatIsNotSteppedAreRefused() {
        String csv = HEADER + FLOATING;

        assertThat(firstError(csv, "note_id,from,rate\nF-1,2025-01-01,0.06\n"))
                .isEqualTo("rate-steps.csv:2: column note_id: value \"F-1\": note F-1 has rate_kind floating in notes.csv"
                        + " line 2; only a stepped note has rate steps");
    }
}
