package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.portfolio.Price;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example portfolio in examples/ reads into the terms its rows state. */
class ExamplePortfolioTest {

    private static Map<String, Position> positions;

    @BeforeAll
    static void readExamples() {
        StatedSchedules schedules = StatedScheduleCsvReader.read(Note2003.SCHEDULES_CSV);
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(Note2003.NOTES_CSV, schedules)) {
            positions = reader.stream().collect(Collectors.toMap(p -> p.terms().id(), Function.identity(),
                    (a, b) -> a, java.util.LinkedHashMap::new));
        }
    }

    @Test
    void everyExampleRowIsRead() {
        assertThat(positions.keySet()).containsExactly("INFINITE-2003", "LC-1077501", "CP-HARBOR-2020",
                "BULLET-RHEIN-2022", "CEDAR-Q-2021", "SAKURA-2023", "NORDIC-2019", "EQUIP-2024");
        assertThat(positions.values()).extracting(p -> p.terms().amortization())
                .contains(Amortization.values());
        assertThat(positions.values()).extracting(p -> p.terms().accrualBasis())
                .containsAll(DayCounts.all());
    }

    @Test
    void note2003ReadsWithAllItsTermsAndTwentyNineStatedPayments() {
        Position p = positions.get("INFINITE-2003");

        assertThat(p.terms()).isEqualTo(Note2003.asInCsv().build());
        assertThat(p.terms().statedSchedule()).hasSize(29);
        assertThat(p.price()).isNull();
    }

    @Test
    void note2003ResolvesToTwentyEightInterestPaymentsAndTheBalloon() {
        Schedule s = ScheduleResolver.resolve(positions.get("INFINITE-2003").terms());

        assertThat(s.size()).isEqualTo(29);
        for (int i = 0; i < 28; i++) {
            assertThat(s.paymentMinor(i)).as("payment %d", i + 1).isEqualTo(1_500_00);
            assertThat(s.principalMinor(i)).as("principal %d", i + 1).isZero();
        }
        assertThat(s.paymentMinor(28)).isEqualTo(151_500_00);
        assertThat(s.closingMinor(28)).isZero();
    }

    @Test
    void lendingClubLoanPaysItsStatedInstallmentFromAPercentRate() {
        NoteTerms t = positions.get("LC-1077501").terms();

        assertThat(t.annualRate()).isEqualByComparingTo("0.1065");
        assertThat(t.statedPayment()).isEqualTo(Money.of(new BigDecimal("162.87"), "USD"));
        assertThat(positions.get("LC-1077501").price()).isEqualTo(Price.of(Money.of(new BigDecimal("4900.00"), "USD")));
        Schedule s = ScheduleResolver.resolve(t);
        assertThat(s.size()).isEqualTo(36);
        assertThat(s.paymentMinor(0)).isEqualTo(162_87);
        assertThat(s.closingMinor(35)).isZero();
    }

    @Test
    void blankFrequencyOfABulletNoteMeansAtMaturity() {
        NoteTerms t = positions.get("BULLET-RHEIN-2022").terms();

        assertThat(t.frequency()).isEqualTo(Frequency.AT_MATURITY);
        assertThat(t.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(t.accrualBasis()).isSameAs(DayCounts.ACT_365F);
        assertThat(t.prepayment().allowed()).isFalse();
    }

    @Test
    void optionalColumnsCarryIntoTheTerms() {
        NoteTerms cp = positions.get("CP-HARBOR-2020").terms();
        assertThat(cp.accrualBasis()).isSameAs(DayCounts.THIRTY_360_US);
        assertThat(cp.prepayment().penaltyRate()).isEqualByComparingTo("0.02");
        assertThat(cp.defaults().defaultRate()).isEqualByComparingTo("0.18");
        assertThat(cp.security().collateralValue()).isEqualTo(Money.of(new BigDecimal("90000.00"), "USD"));

        NoteTerms cedar = positions.get("CEDAR-Q-2021").terms();
        assertThat(cedar.interestRounding()).isEqualTo(RoundingRule.HALF_EVEN);
        assertThat(cedar.prepayment().lockoutUntil()).isEqualTo(LocalDate.of(2023, 6, 30));

        NoteTerms sakura = positions.get("SAKURA-2023").terms();
        assertThat(sakura.amortizationMonths()).isEqualTo(120);
        assertThat(sakura.paymentRounding()).isEqualTo(RoundingRule.UP);
        assertThat(sakura.currencyDigits()).isZero();
    }

    @Test
    void interleavedScheduleRowsFollowTheirNote() {
        Schedule s = ScheduleResolver.resolve(positions.get("EQUIP-2024").terms());

        assertThat(List.of(s.paymentMinor(0), s.paymentMinor(1), s.paymentMinor(2), s.paymentMinor(3)))
                .containsExactly(3240_00L, 3180_00L, 3120_00L, 3060_00L);
        assertThat(List.of(s.principalMinor(0), s.principalMinor(3))).containsExactly(3000_00L, 3000_00L);
        assertThat(s.closingMinor(3)).isZero();
    }

    @Test
    void everyExampleResolvesToAScheduleThatRetiresThePrincipal() {
        for (Position p : positions.values()) {
            Schedule s = ScheduleResolver.resolve(p.terms());
            assertThat(s.closingMinor(s.size() - 1)).as(p.terms().id()).isZero();
        }
    }
}
