package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late charges and default interest on the 2003 note ($150,000 at 12%, $1,500 of interest due on the 12th of
 * each month, PERIODIC; default interest by actual days over 365), worked by hand.
 */
class DefaultChargesTest {

    private static final LocalDate AS_OF = LocalDate.of(2003, 8, 13);

    private static AccelerationClaim claim(DefaultTerms defaults, LocalDate notice, String costs) {
        NoteTerms t = PortfolioGenerator.promissoryNote2003().toBuilder().defaults(defaults).build();
        EventOfDefault eod = new EventOfDefault(t.id(), LocalDate.of(2004, 7, 12), notice, new BigDecimal(costs),
                Recovery.of(new BigDecimal("100000.00"), LocalDate.of(2005, 1, 20)));
        return ScenarioProjector.project(ScheduleResolver.resolve(t),
                new Scenario("default", List.of(), null, null, List.of(eod), 0), AS_OF).claim();
    }

    @Test
    void claimCarriesMarginDefaultInterestLateChargesAndCosts() {
        // Missed 2004-07-12, notice 2004-07-20, 40 days to cure: accelerated 2004-08-29. Installments missed before
        // then: 2004-07-12 (grace to 07-22, late) and 2004-08-12 (grace to 08-22, late); each 1,500.00, 5% = 75.00,
        // capped at 50.00: 100.00. Default interest at 12% + 5% = 17% on 150,000 from 07-12 to 08-29, 48 days:
        // 150,000 × 0.17 × 48 ÷ 365 = 3,353.42. Unpaid interest 1,500.00, costs 2,500.00.
        DefaultTerms d = new DefaultTerms(40, null, true, true, List.of(), LateCharge.percentOf("0.05", 10, "50"),
                new BigDecimal("0.05"));
        AccelerationClaim c = claim(d, LocalDate.of(2004, 7, 20), "2500.00");
        assertThat(c.accelerationDate()).isEqualTo(LocalDate.of(2004, 8, 29));
        assertThat(c.interestMinor()).isEqualTo(1_500_00);
        assertThat(c.defaultInterestMinor()).isEqualTo(3_353_42);
        assertThat(c.lateChargesMinor()).isEqualTo(100_00);
        assertThat(c.costsMinor()).isEqualTo(2_500_00);
        assertThat(c.totalMinor()).isEqualTo(150_000_00 + 1_500_00 + 3_353_42 + 100_00 + 2_500_00);
        assertThat(c.lossMinor()).isEqualTo(c.totalMinor() - 100_000_00);
    }

    @Test
    void installmentStillInItsGraceIsNotCharged() {
        // 30 days to cure: accelerated 2004-08-19; the 08-12 installment's grace runs to 08-22, so only the
        // 07-12 one is late. Uncapped 5% of 1,500.00 = 75.00. A stated default rate of 18%: 150,000 × 0.18 × 38
        // ÷ 365 = 2,810.96.
        DefaultTerms d = new DefaultTerms(30, new BigDecimal("0.18"), true, false, List.of(),
                LateCharge.percentOf("0.05", 10, null), null);
        AccelerationClaim c = claim(d, LocalDate.of(2004, 7, 20), "0");
        assertThat(c.accelerationDate()).isEqualTo(LocalDate.of(2004, 8, 19));
        assertThat(c.lateChargesMinor()).isEqualTo(75_00);
        assertThat(c.defaultInterestMinor()).isEqualTo(2_810_96);
        assertThat(c.costsMinor()).isZero();
    }

    @Test
    void flatLateChargeIsTheAmountPerLateInstallment() {
        // Notice on 2004-09-15, no cure days: installments 07-12, 08-12 and 09-12 are due; grace of 5 days has run
        // out on 07-12 and 08-12 (to 07-17, 08-17) but not on 09-12 (to 09-17): 2 × 35.00.
        DefaultTerms d = new DefaultTerms(0, null, true, false, List.of(), LateCharge.flat("35.00", 5), null);
        AccelerationClaim c = claim(d, LocalDate.of(2004, 9, 15), "0");
        assertThat(c.lateChargesMinor()).isEqualTo(70_00);
        // No default rate nor margin: the note rate runs on, 150,000 × 0.12 × 65 ÷ 365 = 3,205.48.
        assertThat(c.defaultInterestMinor()).isEqualTo(3_205_48);
    }

    @Test
    void chargeTermsCheckThemselves() {
        assertThatThrownBy(() -> new LateCharge(new BigDecimal("0.05"), new BigDecimal("25"), 10, null))
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new DefaultTerms(0, new BigDecimal("0.18"), true, false, List.of(), null,
                new BigDecimal("0.05")))
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("default_margin");
        assertThatThrownBy(() -> LateCharge.flat("25", 400))
                .isInstanceOf(InvalidTermsException.class).hasMessageContaining("late_charge_grace_days");
    }
}
