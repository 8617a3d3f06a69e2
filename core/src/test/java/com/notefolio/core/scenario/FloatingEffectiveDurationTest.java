package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.io.IndexCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.RateStepCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.FlatRate;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.schedule.LevelPayment;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The effective duration of FLOAT-SOFR-2023 of examples/notes-rates.csv (with examples/fixings.csv and
 * examples/index-curve.csv) as of 2026-12-04 on a flat 7.25% at par, as the note screen shows it. SOFR's
 * fixings end on 2024-12-02; from there it is projected by the curve based 2025-01-01: 3.90% from 12
 * months (2026-01-01), 3.70% from 24 (2027-01-01). The note pays monthly (PERIODIC), SOFR + 2.75% reset
 * semi-annually with a 45-day lookback, rounded to the nearest 1/8 %, the level payment re-amortized at
 * each reset. As of 2026-12-04 the coupon running (6.625%, reset 2026-07-15 read 2026-05-31) is set, and so
 * is the next reset's (2027-01-15, read 2026-12-01: 3.90% + 2.75% → 6.625%): only the last reset
 * (2027-07-15, read 2027-05-31: 3.70% + 2.75% = 6.45% → 6.5%) reads SOFR after the as-of date. So a
 * parallel ±25 bp move of the index and the curve re-fixes the last six payments alone, at 6.75% / 6.25%
 * on the balance left on 2027-07-15, and the note is a fixed flow to 2027-07-15 and about par there: its
 * effective duration is positive and below its modified duration. Before the shift kept what was read by
 * the as-of date, it moved the projections read before it too — every reset since 2025, re-amortizing the
 * payment and so the balance outstanding on the as-of date (66,888.32 → 66,994.43 at +25 bp) — and the
 * screen showed −0.7237 years.
 */
class FloatingEffectiveDurationTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);
    static final LocalDate LAST_RESET = LocalDate.of(2027, 7, 15);
    static final double Z = 0.0725;
    static final double DELTA = 0.0025;
    static final IndexData INDICES = IndexCsvReader.read(EXAMPLES.resolve("fixings.csv"),
            EXAMPLES.resolve("index-curve.csv"));

    static Position note() {
        List<Position> positions = new ArrayList<>();
        try (var reader = PortfolioCsvReader.open(EXAMPLES.resolve("notes-rates.csv"), StatedSchedules.NONE,
                RateStepCsvReader.read(EXAMPLES.resolve("rate-steps.csv")), e -> {
                    throw new IllegalStateException(e.toString());
                })) {
            reader.forEachRemaining(positions::add);
        }
        return positions.stream().filter(p -> p.terms().id().equals("FLOAT-SOFR-2023")).findFirst().orElseThrow();
    }

    static Schedule resolved(BigDecimal shift) {
        IndexData data = shift.signum() == 0 ? INDICES : INDICES.shifted(AS_OF, shift);
        return ScheduleResolver.resolve(note().terms(), data);
    }

    @Test
    void theShiftKeepsTheCouponRunningAndAResetWhoseLookbackHasPassed() {
        Schedule base = resolved(BigDecimal.ZERO);
        for (BigDecimal shift : List.of(new BigDecimal("0.0025"), new BigDecimal("-0.0025"))) {
            Schedule moved = resolved(shift);
            assertThat(moved.size()).isEqualTo(base.size());
            assertThat(moved.outstandingMinor(EpochDay.of(AS_OF))).isEqualTo(base.outstandingMinor(EpochDay.of(AS_OF)))
                    .isEqualTo(66_888_32);
            for (int i = 0; i < base.size(); i++) {
                if (base.dueEpochDay(i) <= EpochDay.of(LAST_RESET)) {
                    // Every row up to the last reset, the 6.625% set on 2026-07-15 and 2027-01-15 included.
                    assertThat(moved.rate(i)).as("row %d", i + 1).isEqualByComparingTo(base.rate(i));
                    assertThat(moved.paymentMinor(i)).as("row %d", i + 1).isEqualTo(base.paymentMinor(i));
                    assertThat(moved.closingMinor(i)).as("row %d", i + 1).isEqualTo(base.closingMinor(i));
                } else {
                    // 6.45% ± 0.25% lands on a 1/8 % step: 6.5% ± 0.25% exactly, inside the 1% periodic cap.
                    assertThat(base.rate(i)).isEqualByComparingTo("0.065");
                    assertThat(moved.rate(i)).as("row %d", i + 1).isEqualByComparingTo(base.rate(i).add(shift));
                }
            }
        }
    }

    /**
     * The PV of the rows due after the as-of date: the base's payments to the last reset, then six
     * payments built by hand at {@code lastRate} from the balance left then (PMT rounded half up, interest
     * balance × rate ÷ 12 rounded half up, the last row retiring the rest), on a flat {@code z}.
     */
    static double handValue(Schedule base, BigDecimal lastRate, double z) {
        int asOf = EpochDay.of(AS_OF);
        double pv = 0;
        long balance = 0;
        int row = base.firstDueAfter(asOf);
        for (; base.dueEpochDay(row) <= EpochDay.of(LAST_RESET); row++) {
            pv += base.paymentMinor(row) / 100.0 * Math.pow(1 + z, -(base.dueEpochDay(row) - asOf) / 365.0);
            balance = base.closingMinor(row);
        }
        assertThat(base.size() - row).isEqualTo(6);
        long payment = LevelPayment.of(balance, lastRate, 12, 6, com.notefolio.core.convention.RoundingRule.HALF_UP);
        for (; row < base.size(); row++) {
            long interest = new BigDecimal(balance).multiply(lastRate).divide(BigDecimal.valueOf(12), 0,
                    RoundingMode.HALF_UP).longValueExact();
            long pay = row == base.size() - 1 ? interest + balance : payment;
            balance -= pay - interest;
            pv += pay / 100.0 * Math.pow(1 + z, -(base.dueEpochDay(row) - asOf) / 365.0);
        }
        assertThat(balance).isZero();
        return pv;
    }

    @Test
    void theExampleFloatersEffectiveDurationIsTheCentralDifferenceOfTheHandBuiltSchedules() {
        Position p = note();
        Schedule base = resolved(BigDecimal.ZERO);
        NoteMeasures m = ScenarioAnalyzer.baseMeasures(base, AS_OF, p.priceAt(base, AS_OF), FlatRate.of(Z), INDICES);
        double pv = handValue(base, new BigDecimal("0.065"), Z);
        double up = handValue(base, new BigDecimal("0.0675"), Z + DELTA);
        double down = handValue(base, new BigDecimal("0.0625"), Z - DELTA);
        double expected = -(up - down) / (2 * pv * DELTA);
        assertThat(m.npv()).isCloseTo(pv, within(1e-8));
        // The PVs agree to ~1e-12 relative; divided by 2·PV·Δ that is ~1e-9 years.
        assertThat(m.effectiveDuration()).isCloseTo(expected, within(1e-8));
        // A fixed flow to 2027-07-15 (0.61 years) and about par there: positive, below the modified duration
        // of the whole flow (0.528).
        assertThat(m.effectiveDuration()).isPositive().isLessThan(m.modifiedDuration());
        System.out.printf("PV(-Δ) %.4f PV(0) %.4f PV(+Δ) %.4f effective duration %.6f modified %.6f WAL %.6f DM %.6f%n",
                down, pv, up, m.effectiveDuration(), m.modifiedDuration(), m.walYears(), m.discountMargin());
    }
}
