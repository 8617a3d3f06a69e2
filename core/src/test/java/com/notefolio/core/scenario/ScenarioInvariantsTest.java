package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every scenario schedule, on generated notes of every kind, still satisfies the schedule invariants. */
class ScenarioInvariantsTest {

    private static final PortfolioGenerator NOTES = new PortfolioGenerator(7, 500);

    @Property(tries = 10_000)
    void scenarioSchedulesStayExactAndRetireTheBalance(
            @ForAll @LongRange(min = 0, max = 1_000_000) long note,
            @ForAll @DoubleRange(min = 0, max = 0.6) double cpr,
            @ForAll @DoubleRange(min = 0, max = 0.3) double cdr,
            @ForAll @DoubleRange(min = 0, max = 1) double severity,
            @ForAll @IntRange(min = 0, max = 24) int lag,
            @ForAll @IntRange(min = 0, max = 5) int kind,
            @ForAll @DoubleRange(min = 0.01, max = 1) double share,
            @ForAll @IntRange(min = 0, max = 1000) int when) {
        Schedule base = ScheduleResolver.resolve(NOTES.note(note).terms());
        int asOfRow = Math.min(base.size() - 1, when % (base.size() + 1)) - 1;
        LocalDate asOf = asOfRow < 0 ? base.terms().issueDate() : base.period(asOfRow).dueDate();
        int first = base.firstDueAfter(EpochDay.of(asOf));
        Scenario scenario = switch (kind) {
            case 0 -> new Scenario("cpr", List.of(), PrepaymentSpeed.cpr(cpr), null, List.of(), 0);
            case 1 -> new Scenario("cdr", List.of(), null, new DefaultSpeed(cdr, severity, lag), List.of(), 0);
            case 2 -> new Scenario("both", List.of(), PrepaymentSpeed.psa(cpr * 500), new DefaultSpeed(cdr, severity, lag),
                    List.of(), 0);
            default -> datedPrepayment(base, first, share, kind == 5 ? PrepaymentMode.REDUCE_PAYMENT : PrepaymentMode.REDUCE_TERM,
                    kind == 4);
        };
        if (scenario == null || !base.terms().prepayment().allowed()) {
            return;
        }
        Schedule s;
        try {
            s = ScenarioProjector.project(base, scenario, asOf).schedule();
        } catch (InvalidScenarioException e) {
            // Only the note's own prepayment terms may refuse a generated prepayment.
            assertThat(e.getMessage()).contains("locked out");
            return;
        }
        long retired = 0;
        long defaulted = 0;
        long recovered = 0;
        for (int i = 0; i < s.size(); i++) {
            long cash = s.interestMinor(i) + s.principalMinor(i) + s.prepaidMinor(i) + s.recoveryMinor(i) + s.penaltyMinor(i);
            assertThat(s.paymentMinor(i)).isEqualTo(cash);
            assertThat(s.closingMinor(i)).isGreaterThanOrEqualTo(0);
            assertThat(s.prepaidMinor(i)).isGreaterThanOrEqualTo(0);
            assertThat(s.defaultedMinor(i)).isGreaterThanOrEqualTo(0);
            if (i > 0) {
                assertThat(s.dueEpochDay(i)).isGreaterThanOrEqualTo(s.dueEpochDay(i - 1));
            }
            if (i >= first) {
                retired += s.principalMinor(i) + s.prepaidMinor(i) + s.defaultedMinor(i);
                defaulted += s.defaultedMinor(i);
                recovered += s.recoveryMinor(i);
            } else {
                assertThat(s.paymentMinor(i)).isEqualTo(base.paymentMinor(i));
            }
        }
        if (first < base.size()) {
            assertThat(retired).isEqualTo(base.openingMinor(first));
        }
        assertThat(s.closingMinor(s.size() - 1)).isZero();
        if (kind == 1) {
            // Each period's recovery is (1 − severity) × its default, rounded to the cent.
            assertThat((double) recovered).isCloseTo(defaulted * (1 - severity),
                    org.assertj.core.api.Assertions.within(0.5 * s.size() + 1));
        }
    }

    private static Scenario datedPrepayment(Schedule base, int first, double share, PrepaymentMode mode, boolean payoff) {
        if (first >= base.size() - 1) {
            return null;
        }
        int row = first + (int) (share * (base.size() - 2 - first));
        LocalDate date = base.period(row).dueDate().minusDays(row % 3 == 0 ? 0 : 5);
        if (!date.isAfter(EpochDay.toDate(base.accrualStartEpochDay(row)))) {
            date = base.period(row).dueDate();
        }
        BigDecimal amount = BigDecimal.valueOf(Math.max(1, (long) (base.closingMinor(row) * share * 0.5)), base.scale());
        DatedPrepayment p = payoff ? DatedPrepayment.payoff(base.noteId(), date)
                : new DatedPrepayment(base.noteId(), date, amount, mode);
        return new Scenario("dated", List.of(p), null, null, List.of(), 0);
    }
}
