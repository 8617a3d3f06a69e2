package com.notefolio.core.scenario;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.PeriodInterest;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The fast path of {@link ScenarioProjector} for the scenarios analysts run across a whole book: a plain note
 * (no structure, principal cycle, periodic fee or precomputed interest; every row a due date's) under a
 * prepayment speed, a default speed or both, with no dated prepayment, draw or event of default on it and no
 * premium on the speed's prepayments. It projects by the projector's rules for that case — defaults on the
 * opening balance, interest on the performing balance by the base row's period rule and rate, the base's
 * principal scaled by performing ÷ base opening balance, the speed's prepayment on the rest, recoveries the lag's
 * months after the due date — and gives the same schedule to the cent; it is tested equal to the general
 * projection on generated portfolios of every rate and shape mix.
 *
 * <p>Why it is faster: what a row's projection reads of the base and does not depend on the scenario (its
 * civil dates, its period rule at its rate, its months and the loan's age) is derived once per note on the first
 * projection and shared by the note's other scenarios, and pending recoveries are a queue of primitives instead
 * of a sorted list. One instance serves one note's base schedule and as-of date; not thread-safe.
 */
final class SpeedProjector {

    private final Schedule base;
    private final LocalDate asOfDate;
    private final int asOf;
    /** Whether the rows were read: {@link #plain} says whether the note takes this path. */
    private boolean prepared;
    private boolean plain;
    private int first;
    /** Each row's rate unscaled; from {@link #first} on, each row's period rule, civil dates, months and loan age. */
    private long[] rate;
    private PeriodInterest[] rule;
    private boolean[] rateChangesWithin;
    private int[] startCivil;
    private int[] endCivil;
    private int[] dueCivil;
    private double[] months;
    private int[] age;
    /** The recovery day of each row at the lag of {@link #recoveryLag}, or {@code null} before a default speed. */
    private int[] recoveryDay;
    private int recoveryLag;
    /** The scenarios projected so far and their projections, for a later scenario of the same speeds. */
    private Scenario[] speeds = new Scenario[4];
    private Projection[] projections = new Projection[4];
    private int projected;

    SpeedProjector(Schedule base, LocalDate asOf) {
        this.base = base;
        this.asOfDate = asOf;
        this.asOf = EpochDay.of(asOf);
    }

    /** Whether this projector serves {@code schedule} as of {@code date}. */
    boolean serves(Schedule schedule, LocalDate date) {
        return schedule == base && date.equals(asOfDate);
    }

    /**
     * Whether the scenario is one this path projects on note {@code noteId}: a speed (prepayment, default or
     * both), nothing dated on the note, no premium on the speed.
     */
    static boolean handles(Scenario s, String noteId) {
        return (s.prepaymentSpeed() != null || s.defaultSpeed() != null) && !s.premiumsOnSpeed()
                && s.prepayments().stream().noneMatch(p -> p.noteId().equals(noteId))
                && s.draws().stream().noneMatch(d -> d.noteId().equals(noteId))
                && s.eventsOfDefault().stream().noneMatch(e -> e.noteId().equals(noteId));
    }

    /** The note's schedule under {@code scenario} (one {@link #handles} accepts), or {@code null} when the note is not plain. */
    Projection project(Scenario scenario) {
        if (!prepared) {
            prepare();
        }
        if (!plain) {
            return null;
        }
        // A scenario of the same speeds as an earlier one (under another rate shock) projects the same schedule.
        for (int k = 0; k < projected; k++) {
            if (Objects.equals(speeds[k].prepaymentSpeed(), scenario.prepaymentSpeed())
                    && Objects.equals(speeds[k].defaultSpeed(), scenario.defaultSpeed())) {
                return projections[k];
            }
        }
        Projection p = projectRows(scenario);
        if (projected == speeds.length) {
            speeds = Arrays.copyOf(speeds, projected * 2);
            projections = Arrays.copyOf(projections, projected * 2);
        }
        speeds[projected] = scenario;
        projections[projected++] = p;
        return p;
    }

    private Projection projectRows(Scenario scenario) {
        NoteTerms terms = base.terms();
        int size = base.size();
        PrepaymentSpeed speed = scenario.prepaymentSpeed();
        DefaultSpeed defaults = scenario.defaultSpeed();
        // Without defaults a projection has at most the base's rows: the builder then hands its columns over as they are.
        ScheduleBuilder out = new ScheduleBuilder(terms, size + (defaults == null ? 0 : 8 + defaults.recoveryLagMonths()))
                .indexSourcesOf(base).earningOf(base);
        for (int i = 0; i < first; i++) {
            out.add(base.accrualStartEpochDay(i), base.accrualEndEpochDay(i), base.dueEpochDay(i), base.openingMinor(i),
                    base.interestMinor(i), base.principalMinor(i), base.prepaidMinor(i), base.defaultedMinor(i),
                    base.recoveryMinor(i), base.penaltyMinor(i), base.flags(i), rate[i])
                    .withDeferred(base.deferredInterestMinor(i));
            if (base.feeMinor(i) != 0) {
                out.withFee(base.feeMinor(i));
            }
        }
        PendingRecoveries pending = defaults == null ? null : new PendingRecoveries();
        int[] recoveryDays = defaults == null ? null : recoveryDays(defaults.recoveryLagMonths());
        long balance = first < size ? base.openingMinor(first) : 0;
        long currentRate = size == 0 ? 0 : rate[0];
        int last = size - 1;
        // Months projected so far, fractional for weekly periods (12/52 of a month each).
        double projectedMonths = 0;
        // The last conversions of an annual rate to a period's: most speeds and periods are constant.
        double defaultMonths = Double.NaN;
        double mdr = 0;
        double prepayAnnual = Double.NaN;
        double prepayMonths = Double.NaN;
        double smm = 0;
        for (int i = first; i < size && balance > 0; i++) {
            int start = base.accrualStartEpochDay(i);
            int end = base.accrualEndEpochDay(i);
            int due = base.dueEpochDay(i);
            currentRate = rate[i];
            double m = months[i];
            projectedMonths += m;
            // The projection month the period ends in, counted from 1; the tolerance absorbs the sum's rounding.
            int projectionMonth = (int) Math.ceil(projectedMonths - 1e-9);
            long defaulted = 0;
            if (defaults != null) {
                if (m != defaultMonths) {
                    defaultMonths = m;
                    mdr = PrepaymentSpeed.periodRate(defaults.cdr(), m);
                }
                defaulted = Math.min(balance, Math.round(balance * mdr));
                if (defaulted > 0) {
                    long recovered = Math.round(defaulted * (1 - defaults.severity()));
                    pending.add(recoveryDays[i], recovered);
                }
            }
            long performing = balance - defaulted;
            long interest = rateChangesWithin[i] ? base.interestAcrossChangesMinor(i, performing, end)
                    : rule[i].interest(performing, start, startCivil[i], end, endCivil[i]);
            long principal = scheduledPrincipal(i, performing, i == last);
            long prepaid = 0;
            int kinds = FlowKind.SCHEDULED.bit() | (defaulted > 0 ? FlowKind.DEFAULT.bit() : 0);
            if (speed != null && principal < performing) {
                double annual = speed.cpr(age[i], projectionMonth);
                if (annual != prepayAnnual || m != prepayMonths) {
                    prepayAnnual = annual;
                    prepayMonths = m;
                    smm = PrepaymentSpeed.periodRate(annual, m);
                }
                prepaid = Math.min(performing - principal, Math.round((performing - principal) * smm));
                kinds |= prepaid > 0 ? FlowKind.PREPAYMENT.bit() : 0;
            }
            long recovered = 0;
            if (pending != null) {
                // Recoveries due before this date are rows of their own (they change no balance); those due on it
                // are paid with its payment.
                while (!pending.isEmpty() && pending.firstDay() < due) {
                    int day = pending.firstDay();
                    long amount = pending.takeFirst();
                    if (amount > 0) {
                        out.add(day, day, balance, 0, 0, 0, 0, amount, 0, FlowKind.RECOVERY.bit(), currentRate);
                    }
                }
                while (!pending.isEmpty() && pending.firstDay() == due) {
                    recovered += pending.takeFirst();
                }
            }
            out.add(start, end, due, balance, interest, principal, prepaid, defaulted, recovered, 0,
                    kinds | (recovered > 0 ? FlowKind.RECOVERY.bit() : 0), currentRate);
            balance = performing - principal - prepaid;
        }
        while (pending != null && !pending.isEmpty()) {
            int day = pending.firstDay();
            long amount = pending.takeFirst();
            if (amount > 0) {
                out.add(day, day, 0, 0, 0, 0, 0, amount, 0, FlowKind.RECOVERY.bit(), currentRate);
            }
        }
        return new Projection(out.build(), null);
    }

    /** The day each row's recoveries are due, {@code lag} months after its due date; kept for the note's next scenario. */
    private int[] recoveryDays(int lag) {
        if (lag != recoveryLag || recoveryDay == null) {
            recoveryLag = lag;
            recoveryDay = new int[base.size()];
            for (int i = first; i < base.size(); i++) {
                recoveryDay[i] = EpochDay.plusMonths(dueCivil[i], lag, false);
            }
        }
        return recoveryDay;
    }

    /**
     * Principal scheduled in period {@code i} on the performing balance under speeds: the base's principal scaled
     * by performing ÷ base opening balance, rounded half-up (all of it in the last period), never more than the
     * balance; a base row on no balance schedules its own principal, at most the balance.
     */
    private long scheduledPrincipal(int i, long performing, boolean lastPeriod) {
        long principal;
        if (lastPeriod) {
            principal = performing;
        } else if (base.openingMinor(i) == 0) {
            principal = Math.min(performing, base.principalMinor(i));
        } else {
            principal = RoundingRule.HALF_UP.multiplyDivide(base.principalMinor(i), performing, 1, base.openingMinor(i));
        }
        return Math.min(principal, performing);
    }

    /** Reads the rows once: whether the note is plain, and what each projected row needs of its base row. */
    private void prepare() {
        prepared = true;
        NoteTerms terms = base.terms();
        if (base.precomputed() != null || terms.structure().isPresent() || terms.principalFrequency() != null
                || terms.periodicFee() != null) {
            return;
        }
        int size = base.size();
        first = base.firstDueAfter(asOf);
        for (int i = first; i < size; i++) {
            if (!base.isDueRow(i) || (base.flags(i) & FlowKind.DEFERRAL.bit()) != 0) {
                return;
            }
        }
        plain = true;
        rate = new long[size];
        boolean singleRate = terms.hasSingleRate();
        for (int i = 0; i < size; i++) {
            rate[i] = singleRate && i > 0 ? rate[0] : base.rateUnscaled(i);
        }
        rule = new PeriodInterest[size];
        rateChangesWithin = new boolean[size];
        startCivil = new int[size];
        endCivil = new int[size];
        dueCivil = new int[size];
        months = new double[size];
        age = new int[size];
        PeriodInterest periods = PeriodInterest.of(terms);
        int issue = EpochDay.of(terms.issueDate());
        for (int i = first; i < size; i++) {
            // A row accrues at its own rate: the rule of the row before when it is the same.
            rule[i] = singleRate ? periods : i > first && rate[i] == rate[i - 1] ? rule[i - 1] : periods.atRate(base.rate(i));
            rateChangesWithin[i] = base.rateChangesWithin(i);
            int start = base.accrualStartEpochDay(i);
            int due = base.dueEpochDay(i);
            // A period mostly starts where the one before ended and ends on its due date: one conversion a row.
            int end = base.accrualEndEpochDay(i);
            startCivil[i] = i > first && start == base.accrualEndEpochDay(i - 1) ? endCivil[i - 1] : EpochDay.civil(start);
            endCivil[i] = end == start ? startCivil[i] : EpochDay.civil(end);
            dueCivil[i] = due == end ? endCivil[i] : EpochDay.civil(due);
            months[i] = ScenarioProjector.periodMonths(terms.frequency(), i, start, due, size);
            age[i] = ScenarioProjector.monthsBetween(issue, due);
        }
    }
}
