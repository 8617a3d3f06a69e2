package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.ScheduleConventions;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedules of the weekly, biweekly and semi-monthly cadences of consumer and equipment notes, worked by
 * hand: due dates rolled by days (or in semi-monthly pairs) from the first payment date, and the PERIODIC
 * basis and level payment at rate ÷ periods a year.
 */
class DayBasedFrequencyTest {

    private static NoteTerms.Builder note(String principal, String rate) {
        return NoteTerms.builder("hand").borrower("Borrower").principal(principal).annualRate(rate);
    }

    @Test
    void biweeklyConsumerNotePaysTheAnnuityAtRateOverTwentySixAndRetiresTheBalance() {
        // $10,000 at 9.99%, biweekly over 2 years = 52 periods, PERIODIC: r = 0.0999 ÷ 26 = 0.003842307692...
        // (1 + r)^52 = 1.221  (ln(1 + r) = 0.0038349..., × 52 = 0.199414..., e^0.199414 = 1.2206911)
        // PMT = P × r × (1 + r)^52 ÷ ((1 + r)^52 − 1) = 10,000 × 0.0038423077 × 1.2206911 ÷ 0.2206911
        //     = 38.423077 × 5.5312... = 212.5265 → $212.53 (half up)
        // First period: issue Fri 2 Jan 2026 to Fri 16 Jan 2026, one whole period: 10,000 × 0.0999 ÷ 26
        //     = 38.4230... → $38.42; principal 212.53 − 38.42 = 174.11.
        // Maturity: 16 Jan 2026 + 51 × 14 days = 16 Jan 2026 + 714 days = Fri 31 Dec 2027.
        // The payment overpays the exact annuity by 0.346¢ a period; carried over 51 periods that is
        // 0.346¢ × ((1 + r)^51 − 1) ÷ r = 0.346¢ × 56.2 ≈ 19.4¢ of principal repaid early, so the 52nd
        // payment (balance + its interest) falls short of $212.53 by about that much (with the interest
        // rounding of each row): worked row by row, the last opening is $211.49, its interest
        // 211.49 × 0.0999 ÷ 26 = 0.8126 → $0.81, and the last payment $212.30, leaving nothing.
        NoteTerms terms = note("10000.00", "0.0999")
                .issueDate(LocalDate.of(2026, 1, 2)).maturityDate(LocalDate.of(2027, 12, 31))
                .frequency(Frequency.BIWEEKLY).amortization(Amortization.LEVEL_PAYMENT)
                .accrualBasis(DayCounts.PERIODIC).build();
        Schedule s = ScheduleResolver.resolve(terms);

        assertThat(terms.firstPaymentDate()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(s.size()).isEqualTo(52);
        assertThat(s.paymentMinor(0)).isEqualTo(212_53);
        assertThat(s.interestMinor(0)).isEqualTo(38_42);
        assertThat(s.principalMinor(0)).isEqualTo(174_11);
        for (int i = 1; i < 51; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(212_53);
            assertThat(s.dueEpochDay(i) - s.dueEpochDay(i - 1)).as("days to due date %d", i + 1).isEqualTo(14);
        }
        assertThat(LocalDate.ofEpochDay(s.dueEpochDay(51))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(s.openingMinor(51)).isEqualTo(211_49);
        assertThat(s.interestMinor(51)).isEqualTo(81);
        assertThat(s.paymentMinor(51)).isEqualTo(212_30);
        assertThat(s.closingMinor(51)).isZero();
    }

    @Test
    void weeklyInterestOnlyNoteAccruesSevenDaysOnActual365Fixed() {
        // $50,000 at 8% ACT/365F, weekly from Mon 2 Mar 2026 to Mon 1 Jun 2026 (91 days = 13 weeks):
        // each 7-day period 50,000 × 0.08 × 7 ÷ 365 = 28,000 ÷ 365 = 76.7123... → $76.71;
        // 13 rows, the last paying 50,000 + 76.71 = $50,076.71.
        Schedule s = ScheduleResolver.resolve(note("50000.00", "0.08")
                .issueDate(LocalDate.of(2026, 3, 2)).maturityDate(LocalDate.of(2026, 6, 1))
                .frequency(Frequency.WEEKLY).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.ACT_365F).build());

        assertThat(s.size()).isEqualTo(13);
        assertThat(LocalDate.ofEpochDay(s.dueEpochDay(0))).isEqualTo(LocalDate.of(2026, 3, 9));
        for (int i = 0; i < 13; i++) {
            assertThat(s.interestMinor(i)).as("interest %d", i + 1).isEqualTo(76_71);
        }
        assertThat(s.paymentMinor(12)).isEqualTo(50_076_71);
    }

    @Test
    void semiMonthlyNotePaysOnTheFifteenthAndFifteenDaysLaterCappedAtTheMonthsEnd() {
        // First payment 15 Jan 2026: the pair is the 15th and the 30th, the 30th capped at 28 in February:
        // Jan 15, Jan 30, Feb 15, Feb 28, Mar 15, Mar 30.
        // PERIODIC, $12,000 at 6%: each period 12,000 × 0.06 ÷ 24 = $30.00, whatever its 13 to 16 days;
        // the first period (1 Jan to 15 Jan, 14 days) counts 14 × 24 ÷ 365 = 0.92 → one whole period, $30.00.
        NoteTerms terms = note("12000.00", "0.06")
                .issueDate(LocalDate.of(2026, 1, 1)).firstPaymentDate(LocalDate.of(2026, 1, 15))
                .maturityDate(LocalDate.of(2027, 1, 15))
                .frequency(Frequency.SEMI_MONTHLY).amortization(Amortization.INTEREST_ONLY)
                .accrualBasis(DayCounts.PERIODIC).build();

        assertThat(ScheduleResolver.dueDateList(terms).subList(0, 6)).containsExactly(
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 30));
        Schedule s = ScheduleResolver.resolve(terms);
        assertThat(s.size()).isEqualTo(25); // 12 months × 2, plus 15 Jan 2027
        for (int i = 0; i < 25; i++) {
            assertThat(s.interestMinor(i)).as("interest %d", i + 1).isEqualTo(30_00);
        }
    }

    @Test
    void semiMonthlyDefaultsToTheFirstAndSixteenth() {
        // Issued on the 1st with no first payment date: one period later is the 16th, then the 1st and 16th.
        NoteTerms terms = note("1000.00", "0.06")
                .issueDate(LocalDate.of(2026, 1, 1)).maturityDate(LocalDate.of(2026, 3, 1))
                .frequency(Frequency.SEMI_MONTHLY).amortization(Amortization.INTEREST_ONLY).build();

        assertThat(ScheduleResolver.dueDateList(terms)).containsExactly(LocalDate.of(2026, 1, 16),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 1));
    }

    @Test
    void paymentDayWithAWeeklyFrequencyIsRefused() {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class, () -> note("1000.00", "0.06")
                .issueDate(LocalDate.of(2026, 1, 1)).maturityDate(LocalDate.of(2026, 6, 1))
                .frequency(Frequency.WEEKLY).amortization(Amortization.INTEREST_ONLY)
                .conventions(ScheduleConventions.US_LENDER.withPaymentDay(15)).build());

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("payment_day");
        assertThat(e.value()).isEqualTo("15");
        assertThat(e.rule()).contains("WEEKLY").contains("7 days");
    }

    @Test
    void aPeriodicWeeklyNoteRefusesWhatWeighsPeriodsByWholeMonths() {
        // PERIODIC counts a period's year fraction in whole months; a floating rate's measures and the
        // ACCRUAL_FRACTIONS annuity use that fraction, so both need a day-count basis on a WEEKLY note.
        java.util.function.Supplier<NoteTerms.Builder> weekly = () -> note("1000.00", "0.06")
                .issueDate(LocalDate.of(2026, 1, 1)).maturityDate(LocalDate.of(2026, 6, 1))
                .frequency(Frequency.WEEKLY).amortization(Amortization.LEVEL_PAYMENT).accrualBasis(DayCounts.PERIODIC);
        InvalidTermsException floating = catchThrowableOfType(InvalidTermsException.class, () -> weekly.get()
                .rate(com.notefolio.core.note.RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.06")
                        .resets(Frequency.MONTHLY, LocalDate.of(2026, 2, 1)).build()).build());
        assertThat(floating.field()).isEqualTo("accrual_basis");
        assertThat(floating.rule()).contains("day-count basis");
        InvalidTermsException annuity = catchThrowableOfType(InvalidTermsException.class, () -> weekly.get()
                .conventions(ScheduleConventions.US_LENDER.withAnnuity(ScheduleConventions.Annuity.ACCRUAL_FRACTIONS))
                .build());
        assertThat(annuity.field()).isEqualTo("annuity");
        assertThat(annuity.rule()).contains("rate ÷ 52");
        // On ACT/365F the same floating weekly note is valid.
        assertThat(weekly.get().accrualBasis(DayCounts.ACT_365F)
                .rate(com.notefolio.core.note.RateTerms.Floating.builder("SOFR").spread("0.02").initialRate("0.06")
                        .resets(Frequency.MONTHLY, LocalDate.of(2026, 2, 1)).build()).build().frequency())
                .isEqualTo(Frequency.WEEKLY);
    }

    @Test
    void portfolioCsvReadsBiweeklyInAnyCase() {
        String csv = "note_id,principal,annual_rate,issue_date,maturity_date,amortization,frequency,borrower\n"
                + "B,10000.00,0.0999,2026-01-02,2027-12-31,LEVEL_PAYMENT,biweekly,Ann\n"
                + "S,1000.00,0.05,2026-01-01,2026-03-01,INTEREST_ONLY,Semi-Monthly,Dan\n";
        List<InputError> errors = new ArrayList<>();
        List<NoteTerms> read = new ArrayList<>();
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("p.csv", new StringReader(csv),
                StatedSchedules.NONE, errors::add)) {
            while (reader.hasNext()) {
                read.add(reader.next().terms());
            }
        }
        assertThat(errors).isEmpty();
        assertThat(read).extracting(NoteTerms::frequency).containsExactly(Frequency.BIWEEKLY, Frequency.SEMI_MONTHLY);
        // The same note as the hand-worked biweekly one: the same $212.53 payment.
        assertThat(ScheduleResolver.resolve(read.get(0)).paymentMinor(0)).isEqualTo(212_53);
    }
}
