package com.notefolio.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A note whose principal is repaid on a cycle of its own ({@link NoteTerms#principalFrequency()}), worked by hand:
 * an equipment note of $12,000 at 6% on ACT/360 from 1 January 2025, interest quarterly (1 April, 1 July 2025),
 * principal monthly (1 February to 1 July 2025), $2,000 a month (12,000 ÷ 6 principal dates).
 *
 * <p>Each row accrues on the balance it opens with, rounded half up to the cent by itself (as the schedule
 * rounds each part of a split period): 1 Jan–1 Feb, 31 days on 12,000: 12,000 × 0.06 × 31 ÷ 360 = 62.00;
 * 1 Feb–1 Mar, 28 days on 10,000: 46.666… → 46.67; 1 Mar–1 Apr, 31 days on 8,000: 41.333… → 41.33; the 1 April
 * interest is 62.00 + 46.67 + 41.33 = 150.00. Then 1 Apr–1 May, 30 days on 6,000: 30.00; 1 May–1 Jun, 31 days on
 * 4,000: 20.666… → 20.67; 1 Jun–1 Jul, 30 days on 2,000: 10.00; the 1 July interest 60.67.
 */
class PrincipalCycleScheduleTest {

    private static NoteTerms.Builder equipmentNote() {
        return NoteTerms.builder("equipment").borrower("Valley Farm Supply").principal("12000.00").annualRate("0.06")
                .issueDate(LocalDate.of(2025, 1, 1)).firstPaymentDate(LocalDate.of(2025, 4, 1))
                .maturityDate(LocalDate.of(2025, 7, 1)).frequency(Frequency.QUARTERLY)
                .amortization(Amortization.CONSTANT_PRINCIPAL).accrualBasis(DayCounts.ACT_360)
                .firstPrincipalDate(LocalDate.of(2025, 2, 1)).principalFrequency(Frequency.MONTHLY);
    }

    @Test
    void principalMonthlyInterestQuarterlyCarriesEachMonthsInterestToTheQuarter() {
        Schedule s = ScheduleResolver.resolve(equipmentNote().build());

        assertThat(s.size()).isEqualTo(6);
        long[] principal = {2_000_00, 2_000_00, 2_000_00, 2_000_00, 2_000_00, 2_000_00};
        long[] interest = {0, 0, 150_00, 0, 0, 60_67};
        long[] carried = {62_00, 62_00 + 46_67, 0, 30_00, 30_00 + 20_67, 0};
        for (int i = 0; i < 6; i++) {
            assertThat(EpochDay.toDate(s.dueEpochDay(i))).isEqualTo(LocalDate.of(2025, 2 + i, 1));
            assertThat(s.principalMinor(i)).as("principal %d", i).isEqualTo(principal[i]);
            assertThat(s.interestMinor(i)).as("interest %d", i).isEqualTo(interest[i]);
            assertThat(s.paymentMinor(i)).as("payment %d", i).isEqualTo(principal[i] + interest[i]);
            assertThat(s.deferredInterestMinor(i)).as("carried %d", i).isEqualTo(carried[i]);
            assertThat(s.openingMinor(i)).isEqualTo(12_000_00 - 2_000_00L * i);
        }
        assertThat(s.closingMinor(5)).isZero();
    }

    @Test
    void interestAccruedBetweenDatesIncludesWhatIsCarried() {
        // On 16 May 2025: 30.00 carried from 1 May, plus 15 days on 4,000: 4,000 × 0.06 × 15 ÷ 360 = 10.00.
        Schedule s = ScheduleResolver.resolve(equipmentNote().build());

        assertThat(s.accruedInterestMinor(EpochDay.of(LocalDate.of(2025, 5, 16)))).isEqualTo(40_00);
        assertThat(s.outstandingMinor(EpochDay.of(LocalDate.of(2025, 5, 16)))).isEqualTo(4_000_00);
    }

    @Test
    void principalQuarterlyInterestMonthlyPaysInterestOnlyBetweenPrincipalDates() {
        // Interest monthly from 1 Feb, principal quarterly from 1 Apr: 6,000 on 1 Apr and 1 Jul (12,000 ÷ 2).
        // 1 Feb 62.00, 1 Mar 56.00 (12,000 × 0.06 × 28 ÷ 360), 1 Apr 62.00 (31 days on 12,000), 1 May 30.00
        // (30 days on 6,000), 1 Jun 31.00 (31 days on 6,000), 1 Jul 30.00.
        NoteTerms t = equipmentNote().firstPaymentDate(LocalDate.of(2025, 2, 1)).frequency(Frequency.MONTHLY)
                .firstPrincipalDate(LocalDate.of(2025, 4, 1)).principalFrequency(Frequency.QUARTERLY).build();
        Schedule s = ScheduleResolver.resolve(t);

        assertThat(s.size()).isEqualTo(6);
        long[] principal = {0, 0, 6_000_00, 0, 0, 6_000_00};
        long[] interest = {62_00, 56_00, 62_00, 30_00, 31_00, 30_00};
        for (int i = 0; i < 6; i++) {
            assertThat(s.principalMinor(i)).as("principal %d", i).isEqualTo(principal[i]);
            assertThat(s.interestMinor(i)).as("interest %d", i).isEqualTo(interest[i]);
            assertThat(s.deferredInterestMinor(i)).isZero();
        }
    }

    @Test
    void aLevelPaymentOnTwoCyclesIsRefusedNamingTheField() {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class,
                () -> equipmentNote().amortization(Amortization.LEVEL_PAYMENT).build());

        assertThat(e.getMessage()).contains("principal_frequency").contains("LEVEL_PAYMENT");
    }

    @Test
    void aPeriodicBasisIsRefusedNamingTheField() {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class,
                () -> equipmentNote().accrualBasis(DayCounts.PERIODIC).build());

        assertThat(e.getMessage()).contains("principal_frequency").contains("PERIODIC");
    }

    @Test
    void aCycleOfDaysIsRefusedNamingTheField() {
        InvalidTermsException e = catchThrowableOfType(InvalidTermsException.class,
                () -> equipmentNote().principalFrequency(Frequency.WEEKLY).build());

        assertThat(e.getMessage()).contains("principal_frequency").contains("whole months");
    }
}
