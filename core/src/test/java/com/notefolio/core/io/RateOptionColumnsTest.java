package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.note.RateTerms.Floating.NegativeRates;
import com.notefolio.core.note.RateTerms.Floating.ResetTiming;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A floating rate's two options as the portfolio CSV's {@code negative_rates} and {@code reset_timing}
 * columns and the note JSON's fields of the same names: read into the terms, written back as read, bad
 * values and columns that do not apply refused naming file, line and column. Every expected figure is
 * worked by hand in the test.
 */
class RateOptionColumnsTest {

    private static final String HEADER = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,"
            + "amortization,day_count,rate_kind,index,spread,reset_frequency,first_reset_date,negative_rates,reset_timing\n";

    /**
     * $100,000 interest-only on ACT/360, issued 1 Mar 2024 at 0.5%, due monthly from 1 Apr to 1 May; SOFR −2%,
     * reset monthly from 1 Apr 2024, with the two option cells as given.
     */
    private static String floating(String negativeRates, String resetTiming) {
        return HEADER + "EUR-NEG,100000.00,0.005,2024-03-01,2024-04-01,2024-05-01,INTEREST_ONLY,ACT/360,floating,SOFR,"
                + "-0.02,MONTHLY,2024-04-01," + negativeRates + "," + resetTiming + "\n";
    }

    private static NoteTerms only(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            return reader.next().terms();
        }
    }

    private static String firstError(String csv) {
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("notes.csv", new StringReader(csv),
                StatedSchedules.NONE, RateSteps.NONE, null)) {
            reader.forEachRemaining(p -> { });
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error was reported");
    }

    @Test
    void theColumnsGiveTheFloatingRatesOptionsAnyCase() {
        RateTerms.Floating f = (RateTerms.Floating) only(floating("allowed", "reset_date")).rate();
        assertThat(f.negativeRates()).isEqualTo(NegativeRates.ALLOWED);
        assertThat(f.resetTiming()).isEqualTo(ResetTiming.ON_RESET_DATE);

        RateTerms.Floating upper = (RateTerms.Floating) only(floating("ALLOWED", "Reset_Date")).rate();
        assertThat(upper).isEqualTo(f);
        RateTerms.Floating named = (RateTerms.Floating) only(floating("held_at_zero", "next_period")).rate();
        assertThat(named.negativeRates()).isEqualTo(NegativeRates.HELD_AT_ZERO);
        assertThat(named.resetTiming()).isEqualTo(ResetTiming.FROM_NEXT_PERIOD);
    }

    @Test
    void blankCellsAndAFileWithoutTheColumnsKeepTodaysDefaults() {
        RateTerms.Floating blank = (RateTerms.Floating) only(floating("", "")).rate();
        assertThat(blank.negativeRates()).isEqualTo(NegativeRates.HELD_AT_ZERO);
        assertThat(blank.resetTiming()).isEqualTo(ResetTiming.FROM_NEXT_PERIOD);
        String older = "note_id,principal,annual_rate,issue_date,first_payment_date,maturity_date,amortization,day_count,"
                + "rate_kind,index,spread,reset_frequency,first_reset_date\n"
                + "EUR-NEG,100000.00,0.005,2024-03-01,2024-04-01,2024-05-01,INTEREST_ONLY,ACT/360,floating,SOFR,-0.02,"
                + "MONTHLY,2024-04-01\n";
        assertThat(only(older)).isEqualTo(only(floating("", "")));
    }

    @Test
    void aValueThatIsNoOptionIsRefusedNamingLineColumnAndValue() {
        assertThat(firstError(floating("sometimes", ""))).startsWith(
                "notes.csv:2: column negative_rates: value \"sometimes\": 'sometimes' is not a negative-rates option");
        assertThat(firstError(floating("", "sometimes"))).startsWith(
                "notes.csv:2: column reset_timing: value \"sometimes\": 'sometimes' is not a reset timing");
    }

    @Test
    void eitherColumnOnAFixedNoteIsRefused() {
        String fixed = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,negative_rates,reset_timing\n";
        assertThat(firstError(fixed + "FIX-1,50000.00,0.07,2024-01-01,2027-01-01,LEVEL_PAYMENT,allowed,\n")).isEqualTo(
                "notes.csv:2: column negative_rates: value \"allowed\": applies to a floating part only, and rate_kind is fixed (blank)");
        assertThat(firstError(fixed + "FIX-1,50000.00,0.07,2024-01-01,2027-01-01,LEVEL_PAYMENT,,reset_date\n")).isEqualTo(
                "notes.csv:2: column reset_timing: value \"reset_date\": applies to a floating part only, and rate_kind is fixed (blank)");
    }

    @Test
    void aNegativeAnnualRateIsTheInitialRateOnlyWhereNegativeRatesAreAllowed() {
        // −0.3% from the issue date: an allowed floater starts there; held at zero it is refused at annual_rate.
        NoteTerms t = only(floating("allowed", "").replace(",0.005,", ",-0.003,"));
        assertThat(t.annualRate()).isEqualByComparingTo("-0.003");
        assertThat(firstError(floating("", "").replace(",0.005,", ",-0.003,")))
                .startsWith("notes.csv:2: column annual_rate: value \"-0.003\":");
    }

    @Test
    void resetOnItsDateOnThePeriodicBasisIsRefusedAtTheColumn() {
        String periodic = floating("", "reset_date").replace(",ACT/360,", ",PERIODIC,");
        assertThat(firstError(periodic)).startsWith("notes.csv:2: column reset_timing: value \"reset_date\":");
    }

    @Test
    void theNoteJsonHoldsTheOptionsAndWritesBackTheTextItRead() {
        NoteTerms read = only(floating("allowed", "reset_date"));
        String json = NoteJson.toJson(read);
        assertThat(json).contains("\"negative_rates\" : \"allowed\"").contains("\"reset_timing\" : \"reset_date\"");

        NoteTerms back = NoteJson.fromJson(json);
        assertThat(back).isEqualTo(read);
        assertThat(NoteJson.toJson(back)).isEqualTo(json);
        // Any case on reading, as the CSV.
        assertThat(NoteJson.fromJson(json.replace("\"negative_rates\" : \"allowed\"", "\"negative_rates\" : \"Allowed\"")
                .replace("\"reset_timing\" : \"reset_date\"", "\"reset_timing\" : \"RESET_DATE\"")))
                .isEqualTo(read);
    }

    @Test
    void theNoteJsonOfADefaultFloaterIsAsBeforeAndABadOptionNamesItsPath() {
        String json = NoteJson.toJson(only(floating("", "")));
        assertThat(json).doesNotContain("negative_rates").doesNotContain("reset_timing");

        String bad = NoteJson.toJson(only(floating("allowed", "")))
                .replace("\"negative_rates\" : \"allowed\"", "\"negative_rates\" : \"sometimes\"");
        try {
            NoteJson.fromJson(bad);
            throw new AssertionError("no error was reported");
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("rate.negative_rates").contains("sometimes");
        }
    }

    @Test
    void aNegativeResetRateAllowedFromTheCsvAccruesNegativeInterest() {
        // SOFR fixes at 1% on the 1 Apr 2024 reset; 1% − 2% = −1%.
        //   Period 1, 1 Mar – 1 Apr (31 days) at the initial 0.5%: 100,000 × 0.005 × 31/360 = 43.0555… → $43.06.
        //   Period 2, 1 Apr – 1 May (30 days) at −1%: 100,000 × −0.01 × 30/360 = −83.333… → −$83.33 (the lender pays).
        //   Held at zero (the blank default), period 2 accrues 100,000 × 0 × 30/360 = $0.00.
        IndexData sofr = IndexData.of(List.of(new IndexFixing("SOFR", LocalDate.of(2024, 4, 1), new BigDecimal("0.01"))));
        NoteTerms allowed = only(floating("allowed", ""));
        assertThat(allowed.accrualBasis()).isEqualTo(DayCounts.ACT_360);
        Schedule s = ScheduleResolver.resolve(allowed, sofr);
        assertThat(s.interestMinor(0)).isEqualTo(4_306L);
        assertThat(s.interestMinor(1)).isEqualTo(-8_333L);
        assertThat(s.rate(1)).isEqualByComparingTo("-0.01");

        Schedule held = ScheduleResolver.resolve(only(floating("", "")), sofr);
        assertThat(held.interestMinor(1)).isZero();
    }
}
