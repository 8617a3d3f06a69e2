package com.notefolio.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.ScheduleResolver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Truth in Lending unit-period of a note paying every 27 days: Appendix J chooses it from the payment
 * dates, not from the note's frequency, so a cycle that is no standard interval takes the nearest one.
 */
class DayCycleDisclosureTest {

    @Test
    void aTwentySevenDayCycleDisclosesInUnitPeriodsOfFourWeeks() {
        // Six payments 27 days apart from 5 Jan 2026. (b)(4)(i): no period is a standard interval (27 days is
        // no whole number of weeks or months, nor 13 to 17 days), so no common period; (B): the average
        // period, 27 days, rounded to the nearest standard interval — 4 weeks (28 days, 1 away) rather than
        // 1 month (365/12 = 30.42 days, 3.42 away) or 3 weeks (21 days, 6 away).
        NoteTerms terms = NoteTerms.builder("cycle").borrower("B").principal("10000.00").annualRate("0.12")
                .issueDate(LocalDate.of(2026, 1, 5)).maturityDate(LocalDate.of(2026, 6, 16))
                .frequency(Frequency.ofDays(27)).amortization(Amortization.LEVEL_PAYMENT)
                .accrualBasis(DayCounts.PERIODIC).build();
        ClosedEndCredit credit = NoteDisclosure.credit(ScheduleResolver.resolve(terms)).orElseThrow();

        assertThat(UnitPeriodRule.of(credit)).isEqualTo(UnitPeriod.weeks(4));
    }
}
