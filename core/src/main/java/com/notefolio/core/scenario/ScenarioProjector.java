package com.notefolio.core.scenario;

import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.InterestAccrual;
import com.notefolio.core.schedule.LevelPayment;
import com.notefolio.core.schedule.PeriodInterest;
import com.notefolio.core.schedule.PeriodicFees;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.schedule.ScheduleBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a {@link Scenario} to a note's resolved schedule after an as-of date. Rows due on or before the
 * as-of date are history and stay as they are; from the first period due after it, each period is
 * projected on the balance the scenario leaves:
 *
 * <ol>
 *   <li><b>Dated prepayments</b> inside the period are paid on their date with the interest accrued on
 *       the prepaid principal (a payoff with all of it) and the premium of their date as the note's terms
 *       say ({@link PrepaymentCharge}: a flat penalty, the step the date falls in, or yield maintenance on
 *       the reference curve; none in the open period before maturity), rounded half-up to the cent; on a
 *       due date they follow that date's scheduled payment.</li>
 *   <li><b>Defaults</b> (a default speed) come first, on the opening balance: defaulted = MDR × balance,
 *       rounded half-up to the cent; it stops paying, and (1 − severity) × defaulted is recovered the
 *       lag's months after the period's due date.</li>
 *   <li><b>Interest</b> on the performing balance, by the note's basis and rounding.</li>
 *   <li><b>Scheduled principal</b> on the performing balance. Under speeds, or after a REDUCE_PAYMENT
 *       prepayment, the base schedule's principal scaled by performing ÷ base opening balance (the
 *       convention of pool projections: surviving loans keep their schedule; for an annuity this is the
 *       re-amortized payment); otherwise, after a REDUCE_TERM prepayment, a level-payment note keeps its
 *       payment and other notes their principal installments, so the note pays off earlier (a note whose savings
 *       clause applies the excess to principal keeps its billed installment, as a level payment does). The last
 *       period, and any that would overpay, retire the whole balance.</li>
 *   <li><b>Prepayments</b> (a prepayment speed) last: SMM × (performing − scheduled principal),
 *       rounded half-up to the cent; they pay the premium of their due date only when the scenario says
 *       so ({@link Scenario#premiumsOnSpeed()}, off by default).</li>
 * </ol>
 *
 * <p><b>Structured notes</b> ({@link com.notefolio.core.note.StructureTerms}). A row that pays nothing scheduled —
 * a deferred due date, an advance, a forgiveness, a deferral's end between due dates — is projected by the
 * base row's rule on the scenario's balance: its interest capitalized where the base capitalized it, carried
 * to the period's payment on an event's row, or kept for after the deferral and paid as the note says (all at
 * the first payment, or the resolver's equal part of each); the amount lent or forgiven is the base's, a
 * forgiveness never more than the balance left. A payoff pays the interest still carried. Speeds and defaults
 * apply to the due rows that pay, as on any note.
 *
 * <p><b>Draws</b> ({@link DatedAdvance}). A draw is a row of kind {@code ADVANCE} on its date (a due date's after its
 * payment) that raises the balance: the period accrues on the balance before it up to its date, carried to the
 * period's payment, and on the raised balance after it, as the resolver splits a period at the terms' advances.
 * A level-payment note then pays the payment recomputed on the balance over the due dates its amortization has
 * left, from its next amortizing payment (the resolver's recompute after an advance). Draws are refused on or
 * before the as-of date, outside the note's life, on a STATED note, inside a period whose rate resets within
 * it, and beyond the note's principal, the most it lends with its own advances.
 *
 * <p><b>Precomputed notes</b> ({@link com.notefolio.core.note.PrecomputedInterest}) keep their installments until a
 * dated payoff, which pays the rebated payoff of its date (the remaining installments less the rebate of unearned
 * interest, with what the rebate method has earned since the last due date) and the premium of its date; their
 * interest being fixed when they are made, a partial prepayment, speeds, defaults, draws and events of default are
 * refused for them, naming the field.
 *
 * <p>An {@link EventOfDefault} stops payments from the missed due date and accelerates the note on
 * notice + cure days; see {@link AccelerationClaim}: default interest at the note's default rate, or its
 * margin over the rate in effect, and the {@link com.notefolio.core.note.LateCharge late charge} of each
 * installment missed whose grace ran out before the acceleration. Every amount stays exact in minor units: each row
 * satisfies the schedule invariants and principal + prepaid + defaulted retire the balance.
 *
 * <p><b>Rates.</b> Each projected period accrues at the rate the base schedule's period accrued at
 * ({@link Schedule#rate(int)}: a floating note's reset rate, a stepped note's step), and every row keeps
 * that rate; a fixed-rate note accrues at its one rate, exactly as before rate terms. Scaling the base's
 * principal (under speeds) is re-amortizing at the period's rate: an annuity's principal is the balance
 * × (r/m) ÷ ((1 + r/m)^n − 1) for the rate r and the n periods left, proportional to the balance. A
 * payment reduced by a REDUCE_PAYMENT prepayment is computed at the rate of the period it is first due in
 * and, for a note that re-amortizes at a reset ({@link PaymentOnReset#REAMORTIZE}), recomputed at each
 * later change of rate on the balance then outstanding; a note that keeps its payment keeps the reduced
 * one. An event of default's unpaid interest accrues at the missed period's rate, and its default
 * interest, unless the terms state a default rate, at that rate in effect.
 */
public final class ScenarioProjector {

    private ScenarioProjector() {
    }

    /** The note's schedule under {@code scenario} as of {@code asOf}; the base itself when nothing changes. */
    public static Projection project(Schedule base, Scenario scenario, LocalDate asOf) {
        return project(base, scenario, asOf, null);
    }

    /**
     * The note's schedule under {@code scenario} as of {@code asOf}, a yield maintenance premium taken on the
     * {@code reference} curve (read like the discount curve, from the as-of date; {@code null}: none given, and
     * then a prepayment of a note that charges yield maintenance is refused); the base itself when nothing
     * changes.
     */
    public static Projection project(Schedule base, Scenario scenario, LocalDate asOf, DiscountCurve reference) {
        return project(base, scenario, asOf, reference, null);
    }

    /**
     * The same, a plain note under speeds on the fast path ({@link SpeedProjector}): {@code speeds}' when it serves
     * this schedule and date (one shared by the note's scenarios), else one made for this projection.
     */
    static Projection project(Schedule base, Scenario scenario, LocalDate asOf, DiscountCurve reference,
                              SpeedProjector speeds) {
        if (!scenario.changesFlows() || !concernsNote(scenario, base.noteId())) {
            return new Projection(base, null);
        }
        if (SpeedProjector.handles(scenario, base.noteId())) {
            SpeedProjector fast = speeds != null && speeds.serves(base, asOf) ? speeds : new SpeedProjector(base, asOf);
            Projection p = fast.project(scenario);
            if (p != null) {
                return p;
            }
        }
        return new Run(base, scenario, EpochDay.of(asOf), reference).project();
    }

    /**
     * The general projection, row by row, of every scenario on every note, without the fast path: the reference
     * {@link SpeedProjector} is tested equal to.
     */
    static Projection projectGeneral(Schedule base, Scenario scenario, LocalDate asOf, DiscountCurve reference) {
        if (!scenario.changesFlows() || !concernsNote(scenario, base.noteId())) {
            return new Projection(base, null);
        }
        return new Run(base, scenario, EpochDay.of(asOf), reference).project();
    }

    private static boolean concernsNote(Scenario s, String noteId) {
        return s.prepaymentSpeed() != null || s.defaultSpeed() != null
                || s.prepayments().stream().anyMatch(p -> p.noteId().equals(noteId))
                || s.draws().stream().anyMatch(d -> d.noteId().equals(noteId))
                || s.eventsOfDefault().stream().anyMatch(e -> e.noteId().equals(noteId));
    }

    /**
     * Months row {@code i} of {@code rows} spans, from {@code start} to {@code due}, for converting annual speeds
     * (see {@code Run.periodMonths}).
     */
    static double periodMonths(Frequency f, int i, int start, int due, int rows) {
        if (f.isRegular() && !f.rollsByMonths()) {
            int periods = i > 0 && i < rows - 1 ? 1 : f.periodsIn(due - start);
            return periods * 12.0 / f.periodsPerYear();
        }
        int m = f.months();
        return m > 0 && i > 0 ? m : Math.max(1, monthsBetween(start, due));
    }

    /** Whole months between two epoch days, rounded: a loan's age, or a period's span on the payment calendar. */
    static int monthsBetween(int from, int to) {
        return (int) Math.max(0, Math.round((to - from) / (365.25 / 12)));
    }

    /** One projection: the state of the balance as the periods go by. */
    private static final class Run {
        private final Schedule base;
        private final Scenario scenario;
        /** The reference curve of a yield maintenance premium; null when none was given. */
        private final DiscountCurve reference;
        private final NoteTerms terms;
        private final int asOf;
        private final int scale;
        /** The note's period rule at its initial rate, as the resolver applies it. */
        private final PeriodInterest periods;
        /** Whether every row accrues at the note's one rate (the fast path of fixed-rate notes). */
        private final boolean singleRate;
        /** The period rule at the rate of the period being projected, and that rate (unscaled). */
        private PeriodInterest current;
        private long currentRate;
        private BigDecimal currentDecimal;
        private final List<DatedPrepayment> prepayments;
        /** The scenario's draws on this note, in date order. */
        private final List<DatedAdvance> draws;
        /** A draw raised the balance: a level-payment note's payment is recomputed at its next amortizing payment. */
        private boolean drawn;
        /** Whether a payoff ended the note: nothing after it, not a grid note's later advance nor a line's fee. */
        private boolean paidOff;
        private final EventOfDefault eventOfDefault;
        private final ScheduleBuilder out;
        private final List<long[]> pendingRecoveries = new ArrayList<>(); // {epoch day, amount}
        private final int issue;
        /** The last annual rate converted to a period's, and the result: speeds are mostly constant. */
        private double lastAnnual = Double.NaN;
        private double lastMonths;
        private double lastPeriodRate;
        private boolean scaled;
        /** A level payment re-amortized by a REDUCE_PAYMENT prepayment; 0 while the base's holds. */
        private long reamortizedPayment;
        private AccelerationClaim claim;
        /** Interest accrued on rows that pay nothing, owed with the period's payment (a structured note's). */
        private long carried;
        /** A deferral's interest carried for after it, and its part of each payment once fixed (-1 until then). */
        private long pool;
        private long spreadShare = -1;
        /** The last row that lends (a grid note's advance), -1 if none: until then a paid-down note goes on. */
        private int lastAdvance = -1;
        /** A revolving line's fee rule on the undrawn commitment ({@code null} when none) and what it has accrued unpaid. */
        private final PeriodInterest commitmentFees;
        private final long commitment;
        private long feeCarried;
        /** The note's periodic fee, charged on each projected due row's balance; {@code null} when it charges none. */
        private final PeriodicFees periodicFees;
        /**
         * The due dates that pay interest of a note whose principal has a cycle of its own ({@code null} for every
         * other note): a principal-only date carries its interest to the next of them, as the resolver does.
         */
        private final java.util.Set<Integer> interestDates;

        Run(Schedule base, Scenario scenario, int asOf, DiscountCurve reference) {
            this.base = base;
            this.reference = reference;
            this.scenario = scenario;
            this.terms = base.terms();
            this.periodicFees = PeriodicFees.of(terms);
            this.asOf = asOf;
            this.scale = base.scale();
            this.issue = EpochDay.of(terms.issueDate());
            this.periods = PeriodInterest.of(terms);
            this.singleRate = terms.hasSingleRate();
            this.commitmentFees = terms.structure().commitmentFee() == null ? null
                    : PeriodInterest.of(terms).atRate(terms.structure().commitmentFee());
            this.commitment = NoteTerms.decimal(terms.principal()).movePointRight(base.scale()).longValueExact();
            this.current = periods;
            this.currentRate = base.size() == 0 ? 0 : base.rateUnscaled(0);
            this.currentDecimal = base.size() == 0 ? terms.annualRate() : base.rate(0);
            if (!singleRate && currentDecimal.compareTo(terms.annualRate()) != 0) {
                this.current = periods.atRate(currentDecimal);
            }
            this.prepayments = scenario.prepayments().stream()
                    .filter(p -> p.noteId().equals(terms.id()))
                    .sorted(Comparator.comparing(DatedPrepayment::date)).toList();
            List<EventOfDefault> events = scenario.eventsOfDefault().stream()
                    .filter(e -> e.noteId().equals(terms.id())).toList();
            if (events.size() > 1) {
                throw invalid("eventsOfDefault", "note " + terms.id() + " has more than one event of default");
            }
            this.eventOfDefault = events.isEmpty() ? null : events.get(0);
            this.draws = scenario.draws().stream().filter(d -> d.noteId().equals(terms.id()))
                    .sorted(Comparator.comparing(DatedAdvance::date)).toList();
            this.scaled = scenario.prepaymentSpeed() != null || scenario.defaultSpeed() != null;
            this.out = new ScheduleBuilder(terms, base.size() + 8 + draws.size()).indexSourcesOf(base).earningOf(base);
            this.interestDates = interestDates(terms);
            validatePrepayments();
            validateDraws();
        }

        Projection project() {
            if (base.precomputed() != null) {
                return projectPrecomputed();
            }
            int first = base.firstDueAfter(asOf);
            for (int i = 0; i < first; i++) {
                out.copy(base, i);
            }
            int missed = eventOfDefault == null ? Integer.MAX_VALUE : missedPaymentIndex(first);
            long balance = first < base.size() ? base.openingMinor(first) : 0;
            if (first > 0 && first < base.size() && terms.structure().isPresent()) {
                owedBefore(first);
            }
            if (first > 0 && first < base.size() && interestDates != null) {
                carriedBefore(first);
            }
            int nextPrepayment = 0;
            int nextDraw = 0;
            // Months projected so far, fractional for weekly periods (12/52 of a month each).
            double projectedMonths = 0;
            int last = base.size() - 1;
            // A grid note paid down to nothing before a later advance goes on to lend it.
            lastAdvance = -1;
            // Only a structured note has advance rows: a plain note's projection scans none.
            for (int j = 0; terms.structure().isPresent() && j < base.size(); j++) {
                lastAdvance = (base.flags(j) & FlowKind.ADVANCE.bit()) != 0 ? j : lastAdvance;
            }
            if (terms.structure().isRevolving()) {
                lastAdvance = base.size() - 1; // a revolving line stays open to maturity, drawn or not
            }
            for (int i = first; i < base.size() && !paidOff && (balance > 0 || i <= lastAdvance || nextDraw < draws.size());
                    i++) {
                int start = base.accrualStartEpochDay(i);
                int end = base.accrualEndEpochDay(i); // the due date, unless a business day moved only the payment
                int due = base.dueEpochDay(i);
                boolean rateChanges = atRateOf(i);
                // The day from which a revolving line's commitment fee is still to accrue: a draw or a prepayment
                // inside the period changes the undrawn part from its date.
                int feeFrom = start;
                if (rateChanges && reamortizedPayment > 0 && terms.paymentOnReset() == PaymentOnReset.REAMORTIZE) {
                    // A payment reduced by a prepayment re-amortizes at each later change of rate, on the balance
                    // then outstanding over the periods left, as the resolver does at a reset.
                    reamortizedPayment = LevelPayment.of(balance, base.rate(i), terms.frequency(),
                            Math.max(1, amortizationPeriods() - i), terms.paymentRounding());
                }
                // Draws from the period's start (a due date's draw follows its payment) up to its due date, each a row
                // of its own: the interest the period accrued before it is paid with the period's payment, and the
                // period accrues on the raised balance from its date, as the resolver splits a period at an advance.
                while (nextDraw < draws.size() && i != missed && EpochDay.of(draws.get(nextDraw).date()) < due) {
                    DatedAdvance d = draws.get(nextDraw++);
                    int day = Math.max(start, EpochDay.of(d.date()));
                    if (base.rateChangesWithin(i)) {
                        throw invalid("draws.date", "a draw of note " + terms.id() + " on " + d.date()
                                + " falls in a period whose rate resets inside it; draw on a date of its own rate");
                    }
                    carried += day == start ? 0 : current.interest(balance, start, day);
                    accrueFee(balance, start, day);
                    long amount = minor(d.amount(), "draws.amount");
                    if (balance + amount > commitment) {
                        throw invalid("draws.amount", "drawing " + d.amount().toPlainString() + " of note " + terms.id()
                                + " on " + d.date() + " takes its balance to "
                                + BigDecimal.valueOf(balance + amount, scale).toPlainString() + ", above its commitment "
                                + BigDecimal.valueOf(commitment, scale).toPlainString());
                    }
                    flushRecoveries(day, balance);
                    out.add(start, day, balance, 0, -amount, 0, 0, 0, 0, FlowKind.ADVANCE.bit(), currentRate)
                            .withDeferred(carried + pool);
                    balance += amount;
                    start = day;
                    feeFrom = day;
                    drawn = true;
                }
                if (i == missed) {
                    accelerate(i, balance, start, end, due);
                    balance = 0;
                    break;
                }
                // Dated prepayments strictly inside the period, each with the interest on what it prepays.
                while (nextPrepayment < prepayments.size() && EpochDay.of(prepayments.get(nextPrepayment).date()) < due
                        && balance > 0) {
                    DatedPrepayment p = prepayments.get(nextPrepayment++);
                    int day = EpochDay.of(p.date());
                    long amount = p.isPayoff() ? balance : checkedAmount(p, balance);
                    paidOff |= p.isPayoff();
                    // A period whose rate changed inside it charges each part at its rate, as the resolver did.
                    long interest = base.rateChangesWithin(i) ? base.interestAcrossChangesMinor(i, amount, day)
                            : current.accrued(amount, start, end, day);
                    if (amount == balance) {
                        interest += carried + pool; // a payoff pays the interest carried from earlier rows too
                        carried = 0;
                        pool = 0;
                    }
                    long penalty = penalty(amount, day);
                    flushRecoveries(day, balance);
                    accrueFee(balance, feeFrom, day);
                    feeFrom = day;
                    out.add(start, day, balance, interest, 0, amount, 0, 0, penalty,
                            (p.isPayoff() ? FlowKind.PAYOFF.bit() : FlowKind.PREPAYMENT.bit()) | penaltyBit(penalty),
                            currentRate).withDeferred(carried + pool);
                    if (amount == balance) {
                        payOffFee();
                    }
                    balance -= amount;
                    reducePayment(p, balance, i);
                }
                if (paidOff || balance == 0 && i > lastAdvance) {
                    break;
                }
                if (!base.isDueRow(i) || (base.flags(i) & FlowKind.DEFERRAL.bit()) != 0) {
                    balance = unpaidRow(i, balance, start, end, due);
                    // Dated prepayments on its day follow it: the row accrued to then, so they owe no more interest.
                    while (nextPrepayment < prepayments.size() && EpochDay.of(prepayments.get(nextPrepayment).date()) == due
                            && balance > 0) {
                        DatedPrepayment p = prepayments.get(nextPrepayment++);
                        long amount = p.isPayoff() ? balance : checkedAmount(p, balance);
                        paidOff |= p.isPayoff();
                        long owed = amount == balance ? carried + pool : 0;
                        carried = amount == balance ? 0 : carried;
                        pool = amount == balance ? 0 : pool;
                        long penalty = penalty(amount, due);
                        out.add(end, due, balance, owed, 0, amount, 0, 0, penalty,
                                (p.isPayoff() ? FlowKind.PAYOFF.bit() : FlowKind.PREPAYMENT.bit()) | penaltyBit(penalty),
                                currentRate).withDeferred(carried + pool);
                        if (amount == balance) {
                            payOffFee();
                        }
                        balance -= amount;
                        reducePayment(p, balance, i + 1);
                    }
                    continue;
                }
                double months = periodMonths(i, start, due);
                projectedMonths += months;
                // The projection month the period ends in, counted from 1; the tolerance absorbs the sum's rounding.
                int projectionMonth = (int) Math.ceil(projectedMonths - 1e-9);
                long defaulted = 0;
                if (scenario.defaultSpeed() != null) {
                    DefaultSpeed d = scenario.defaultSpeed();
                    defaulted = Math.min(balance, Math.round(balance * periodRate(d.cdr(), months)));
                    if (defaulted > 0) {
                        long recovered = Math.round(defaulted * (1 - d.severity()));
                        int when = EpochDay.plusMonths(EpochDay.civil(due), d.recoveryLagMonths(), false);
                        pendingRecoveries.add(new long[] {when, recovered});
                    }
                }
                long performing = balance - defaulted;
                long interest = base.rateChangesWithin(i) ? base.interestAcrossChangesMinor(i, performing, end)
                        : current.interest(performing, start, end);
                if (drawn && base.principalMinor(i) > 0) {
                    reamortizeAfterDraw(i, performing);
                }
                boolean carries = interestDates != null && i != last && !interestDates.contains(due);
                if (carries) {
                    // A principal-only date: its interest is carried to the next interest date.
                    carried += interest;
                    interest = 0;
                } else {
                    // Interest carried from the period's event rows, and a deferral's carried interest as the note pays it.
                    interest += carried + deferredPart(i, i == last);
                    carried = 0;
                }
                long principal = scheduledPrincipal(i, performing, interest, i == last);
                long prepaid = 0;
                int kinds = FlowKind.SCHEDULED.bit() | (defaulted > 0 ? FlowKind.DEFAULT.bit() : 0);
                if (scenario.prepaymentSpeed() != null && principal < performing) {
                    int age = monthsBetween(issue, due);
                    double smm = periodRate(scenario.prepaymentSpeed().cpr(age, projectionMonth), months);
                    prepaid = Math.min(performing - principal, Math.round((performing - principal) * smm));
                    kinds |= prepaid > 0 ? FlowKind.PREPAYMENT.bit() : 0;
                }
                long penalty = scenario.premiumsOnSpeed() ? penalty(prepaid, due) : 0;
                kinds |= penaltyBit(penalty);
                // Dated prepayments on the due date follow its scheduled payment.
                while (nextPrepayment < prepayments.size() && EpochDay.of(prepayments.get(nextPrepayment).date()) == due) {
                    DatedPrepayment p = prepayments.get(nextPrepayment++);
                    long left = performing - principal - prepaid;
                    long amount = p.isPayoff() ? left : checkedAmount(p, left);
                    paidOff |= p.isPayoff();
                    prepaid += amount;
                    long pen = penalty(amount, due);
                    penalty += pen;
                    kinds |= (p.isPayoff() ? FlowKind.PAYOFF.bit() : FlowKind.PREPAYMENT.bit()) | penaltyBit(pen);
                    reducePayment(p, performing - principal - prepaid, i + 1);
                }
                long recovered = takeRecoveries(due, balance);
                if (performing - principal - prepaid == 0 && pool > 0 && i > lastAdvance) {
                    interest += pool; // paid off: the deferral's interest still carried is paid with it
                    pool = 0;
                }
                if (carries && performing - principal - prepaid == 0 && i > lastAdvance) {
                    interest += carried; // retired on a principal-only date: the interest carried is owed now
                    carried = 0;
                }
                out.add(start, end, due, balance, interest, principal, prepaid, defaulted, recovered, penalty,
                        kinds | (recovered > 0 ? FlowKind.RECOVERY.bit() : 0), currentRate).withDeferred(carried + pool);
                if (periodicFees != null) {
                    // The installment's fee on the balance the scenario leaves performing: a prepayment lowers a rate fee.
                    out.withFee(periodicFees.feeMinor(performing, start, end));
                }
                if (commitmentFees != null) {
                    // The period's commitment fee on what the scenario leaves undrawn, paid with its payment.
                    accrueFee(balance, feeFrom, end);
                    out.withFee(feeCarried);
                    feeCarried = 0;
                }
                balance = performing - principal - prepaid;
            }
            if (nextPrepayment < prepayments.size()) {
                DatedPrepayment p = prepayments.get(nextPrepayment);
                throw invalid("prepayments.date", "note " + terms.id() + " is paid off before the prepayment on "
                        + p.date());
            }
            flushRecoveries(Integer.MAX_VALUE, 0);
            return new Projection(out.build(), claim);
        }

        /**
         * A precomputed (add-on) note's projection: its installments as scheduled until a dated payoff, which pays the
         * rebated payoff of its date ({@link com.notefolio.core.schedule.PrecomputedEarning}): the balance after the
         * last installment due, which is the remaining installments less the rebate, plus the interest the rebate
         * method has earned since (none under the Rule of 78s), and the premium of its date; on a due date after that
         * date's installment. Its interest is fixed when it is made, so what re-accrues interest on another balance
         * — a partial prepayment, speeds, defaults, draws, an event of default — is refused, naming the field.
         */
        private Projection projectPrecomputed() {
            String note = "note " + terms.id() + " has precomputed interest (" + terms.precomputed().code() + ")";
            if (scenario.prepaymentSpeed() != null) {
                throw invalid("prepaymentSpeed", note + ": a speed's partial prepayments would re-accrue it; give a dated payoff");
            }
            if (scenario.defaultSpeed() != null) {
                throw invalid("defaultSpeed", note + ": a default speed is not projected on precomputed notes");
            }
            if (!draws.isEmpty()) {
                throw invalid("draws", note + ": it lends its principal once and cannot draw more");
            }
            if (eventOfDefault != null) {
                throw invalid("eventsOfDefault", note + ": an acceleration of its rebated payoff is not projected");
            }
            for (DatedPrepayment p : prepayments) {
                if (!p.isPayoff()) {
                    throw invalid("prepayments.amount", note + ": it is prepaid whole, its rebate being of the whole"
                            + " payoff; give the prepayment on " + p.date() + " no amount (a payoff)");
                }
            }
            int first = base.firstDueAfter(asOf);
            for (int i = 0; i < first; i++) {
                out.copy(base, i);
            }
            int payoff = prepayments.isEmpty() ? Integer.MAX_VALUE : EpochDay.of(prepayments.get(0).date());
            if (prepayments.size() > 1) {
                throw invalid("prepayments.date", "note " + terms.id() + " is paid off before the prepayment on "
                        + prepayments.get(1).date());
            }
            for (int i = first; i < base.size(); i++) {
                int start = base.accrualStartEpochDay(i);
                int due = base.dueEpochDay(i);
                long rate = base.rateUnscaled(i);
                if (payoff < due) {
                    long balance = base.openingMinor(i);
                    long earned = base.precomputed().accruedMinor(balance, start, base.accrualEndEpochDay(i), payoff);
                    long penalty = penalty(balance, payoff);
                    out.add(start, payoff, balance, earned, 0, balance, 0, 0, penalty,
                            FlowKind.PAYOFF.bit() | penaltyBit(penalty), rate);
                    break;
                }
                if (payoff == due && i < base.size() - 1) {
                    long left = base.closingMinor(i);
                    long penalty = penalty(left, due);
                    out.add(start, base.accrualEndEpochDay(i), due, base.openingMinor(i), base.interestMinor(i),
                            base.principalMinor(i), left, 0, 0, penalty,
                            FlowKind.SCHEDULED.bit() | FlowKind.PAYOFF.bit() | penaltyBit(penalty), rate);
                    break;
                }
                out.copy(base, i);
            }
            return new Projection(out.build(), null);
        }

        /**
         * A row that pays nothing scheduled (a deferred due date, an advance, a forgiveness, a deferral's end
         * between due dates), projected on the scenario's balance by the base row's rule: its interest
         * capitalized where the base capitalized, carried to the period's payment on an event's row, or kept
         * for after the deferral; the amount lent or forgiven as the base has it, a forgiveness never more
         * than the balance the scenario left. Returns the balance after it.
         */
        private long unpaidRow(int i, long balance, int start, int end, int due) {
            int flags = base.flags(i);
            long interest = start == end ? 0 : base.rateChangesWithin(i) ? base.interestAcrossChangesMinor(i, balance, end)
                    : current.interest(balance, start, end);
            boolean capitalizes = (flags & FlowKind.CAPITALIZATION.bit()) != 0;
            // The base row's principal is −(capitalized interest) − (amount lent, or −amount forgiven).
            long change = -(base.principalMinor(i) + (capitalizes ? base.interestMinor(i) : 0));
            long paidInterest = 0;
            long principal = 0;
            if (capitalizes) {
                paidInterest = interest + carried;
                principal = -paidInterest;
                carried = 0;
            } else if ((flags & FlowKind.DEFERRAL.bit()) != 0) {
                pool += interest + carried;
                carried = 0;
            } else {
                carried += interest;
            }
            if (change < 0) {
                change = -Math.min(-change, balance - principal);
            }
            principal -= change;
            accrueFee(balance, start, end);
            // What this row leaves unpaid, as the resolver records it: the period's interest before it and a deferral's.
            out.add(start, end, due, balance, paidInterest, principal, 0, 0, 0, 0, flags, currentRate)
                    .withDeferred(carried + pool);
            return balance - principal;
        }

        /** The commitment fee owed when a payoff closes a revolving line, paid with the payoff's row. */
        private void payOffFee() {
            if (commitmentFees != null && feeCarried != 0) {
                out.withFee(feeCarried);
                feeCarried = 0;
            }
        }

        /** Adds the commitment fee on the undrawn part of {@code balance} from {@code start} to {@code end}, as the resolver does. */
        private void accrueFee(long balance, int start, int end) {
            if (commitmentFees != null && start != end && commitment > balance) {
                feeCarried += commitmentFees.interest(commitment - balance, start, end);
            }
        }

        /** The interest dates of a note with a principal cycle of its own, as epoch days; {@code null} for any other. */
        private static java.util.Set<Integer> interestDates(NoteTerms terms) {
            if (terms.principalFrequency() == null) {
                return null;
            }
            java.util.Set<Integer> days = new java.util.HashSet<>();
            for (java.time.LocalDate d : ScheduleResolver.dueDateList(terms)) {
                days.add(EpochDay.of(d));
            }
            return days;
        }

        /**
         * The interest a principal cycle's history rows before {@code first} leave carried to the next interest date,
         * as the resolver carried it (after a structured note's own {@link #owedBefore}, which keeps a deferral's).
         */
        private void carriedBefore(int first) {
            if (terms.structure().deferral() == null) {
                carried = base.deferredInterestMinor(first - 1);
                pool = 0;
            }
        }

        /**
         * The interest the history rows before {@code first} leave owed, as the resolver carried it: what the
         * period's event rows accrued (recomputed, since they pay none of it) and the rest a deferral's; and, past
         * the deferral, its part of each payment as the resolver fixed it at the first payment.
         */
        private void owedBefore(int first) {
            long owed = base.deferredInterestMinor(first - 1);
            for (int j = first - 1; j >= 0 && !base.isDueRow(j) && (base.flags(j) & FlowKind.CAPITALIZATION.bit()) == 0; j--) {
                int start = base.accrualStartEpochDay(j);
                int end = base.accrualEndEpochDay(j);
                PeriodInterest rule = singleRate ? periods : periods.atRate(base.rate(j));
                carried += start == end ? 0 : base.rateChangesWithin(j)
                        ? base.interestAcrossChangesMinor(j, base.openingMinor(j), end)
                        : rule.interest(base.openingMinor(j), start, end);
            }
            pool = owed - carried;
            // A commitment fee runs on every row since the last payment, deferred due dates too, and is paid with the next.
            for (int j = first - 1; commitmentFees != null && j >= 0 && (base.flags(j) & FlowKind.SCHEDULED.bit()) == 0; j--) {
                accrueFee(base.openingMinor(j), base.accrualStartEpochDay(j), base.accrualEndEpochDay(j));
            }
            int lastDeferred = -1;
            for (int j = 0; j < base.size(); j++) {
                lastDeferred = (base.flags(j) & FlowKind.DEFERRAL.bit()) != 0 ? j : lastDeferred;
            }
            int firstPaid = lastDeferred + 1;
            while (firstPaid < base.size() && (base.flags(firstPaid) & FlowKind.SCHEDULED.bit()) == 0) {
                firstPaid++;
            }
            var deferral = terms.structure().deferral();
            // The resolver fixed the part at the first payment after the deferral: if that is history, so is the part.
            if (lastDeferred >= 0 && firstPaid < first && deferral != null
                    && deferral.interest() == Deferral.DeferredInterest.SPREAD) {
                int left = dueDatesFrom(lastDeferred + 1);
                spreadShare = base.deferredInterestMinor(lastDeferred) / Math.max(1, left);
            }
        }

        /**
         * The due dates of the note's term from row {@code i} on, over which the resolver spreads a deferral's
         * interest: the term's, not the rows left, since a schedule may end early.
         */
        private int dueDatesFrom(int i) {
            int before = 0;
            for (int j = 0; j < i; j++) {
                before += base.isDueRow(j) ? 1 : 0;
            }
            return ScheduleResolver.dueDateList(terms).size() - before;
        }

        /**
         * The part of a deferral's carried interest paid with due row {@code i}: all of it at once
         * ({@code PAY_AT_FIRST}, or the last row), or its equal part of each payment left ({@code SPREAD}: the
         * carried interest ÷ the due rows left at the first payment, rounded down, as the resolver spreads it).
         */
        private long deferredPart(int i, boolean lastRow) {
            if (pool == 0) {
                return 0;
            }
            if (spreadShare < 0) {
                int left = dueDatesFrom(i);
                var deferral = terms.structure().deferral();
                spreadShare = deferral != null && deferral.interest() == Deferral.DeferredInterest.SPREAD
                        ? pool / Math.max(1, left) : pool;
            }
            long part = lastRow ? pool : Math.min(pool, spreadShare);
            pool -= part;
            return part;
        }

        /**
         * Moves the period rule to the rate period {@code i} accrued at in the base schedule (a floating or
         * stepped note's own rate); whether it differs from the previous period's.
         */
        private boolean atRateOf(int i) {
            if (singleRate) {
                return false;
            }
            long r = base.rateUnscaled(i);
            boolean changes = i > 0 && r != base.rateUnscaled(i - 1);
            if (r != currentRate) {
                currentRate = r;
                currentDecimal = base.rate(i);
                current = periods.atRate(currentDecimal);
            }
            return changes;
        }

        /** The periods of the note's amortization term: the resolver's count, over which a payment re-amortizes. */
        private int amortizationPeriods() {
            int months = terms.frequency().months();
            return terms.amortizationMonths() == null ? base.size() : terms.amortizationMonths() / Math.max(1, months);
        }

        /**
         * After a draw, a level-payment note's payment over the due dates its amortization has left from row
         * {@code i} on, on the balance then, at the rate then (rounded by its payment rule): the resolver's
         * recompute after an advance. Under speeds the base's principal is scaled to the raised balance instead,
         * and a stated payment or another amortization keeps its installments.
         */
        private void reamortizeAfterDraw(int i, long balance) {
            drawn = false;
            if (terms.amortization() != Amortization.LEVEL_PAYMENT || scaled || terms.statedPayment() != null) {
                return;
            }
            int dueBefore = 0;
            for (int j = 0; j < i; j++) {
                dueBefore += base.isDueRow(j) ? 1 : 0;
            }
            int term = terms.amortizationMonths() == null ? ScheduleResolver.dueDateList(terms).size() : amortizationPeriods();
            BigDecimal rate = singleRate ? terms.annualRate() : base.rate(i);
            reamortizedPayment = LevelPayment.of(balance, rate, terms.frequency(),
                    Math.max(1, term - dueBefore), terms.paymentRounding());
        }

        /** The base row's payment without its periodic fee, which the projection charges anew on its own balance. */
        private long installment(int i) {
            return base.paymentMinor(i) - (periodicFees == null ? 0 : base.feeMinor(i));
        }

        /** Principal scheduled in period {@code i} on the performing balance; see the class documentation. */
        private long scheduledPrincipal(int i, long performing, long interest, boolean lastPeriod) {
            long principal;
            if (lastPeriod) {
                principal = performing;
            } else if (scaled) {
                // A base row on no balance (a grid note paid down before its next advance) schedules nothing to scale.
                principal = base.openingMinor(i) == 0 ? Math.min(performing, base.principalMinor(i))
                        : RoundingRule.HALF_UP.multiplyDivide(base.principalMinor(i), performing, 1, base.openingMinor(i));
            } else if (terms.amortization() == Amortization.LEVEL_PAYMENT) {
                principal = (reamortizedPayment > 0 ? reamortizedPayment : installment(i)) - interest;
            } else if (terms.savingsClause() == SavingsClause.APPLIED_TO_PRINCIPAL) {
                // The installment billed at the contract rate holds; what the capped interest leaves is principal.
                principal = installment(i) - interest;
            } else {
                principal = base.principalMinor(i);
            }
            return Math.min(principal, performing);
        }

        /**
         * After a REDUCE_PAYMENT prepayment: a level-payment note's payment is recomputed on the balance over
         * the periods its amortization has left from {@code nextPeriod} (rounded by its payment rule), and
         * other notes' principal installments are scaled down with the balance.
         */
        private void reducePayment(DatedPrepayment p, long balance, int nextPeriod) {
            if (p.mode() != PrepaymentMode.REDUCE_PAYMENT || balance == 0) {
                return;
            }
            if (terms.amortization() != Amortization.LEVEL_PAYMENT || scaled || terms.statedPayment() != null) {
                scaled = true;
                return;
            }
            int left = Math.max(1, amortizationPeriods() - nextPeriod);
            // At the rate of the period the reduced payment is first due in (the note's one rate when fixed).
            BigDecimal rate = singleRate ? terms.annualRate() : base.rate(Math.min(nextPeriod, base.size() - 1));
            reamortizedPayment = LevelPayment.of(balance, rate, terms.frequency(), left,
                    terms.paymentRounding());
        }

        private void accelerate(int i, long balance, int start, int end, int missedDue) {
            var defaults = terms.defaults();
            int notice = EpochDay.of(eventOfDefault.noticeDate());
            int acceleration = notice + defaults.cureDays();
            // The unpaid period's interest at its own rate; default interest, unless the terms state a default
            // rate, at the rate in effect when the payment was missed.
            long unpaid = base.rateChangesWithin(i) ? base.interestAcrossChangesMinor(i, balance, end)
                    : current.interest(balance, start, end);
            BigDecimal rateInEffect = singleRate ? terms.annualRate() : currentDecimal;
            BigDecimal defaultRate = defaults.defaultRateOver(rateInEffect);
            InterestAccrual defaultAccrual = InterestAccrual.of(defaultRate,
                    terms.accrualBasis() == DayCounts.PERIODIC ? DayCounts.ACT_365F : terms.accrualBasis(),
                    terms.interestRounding());
            long defaultInterest = defaultAccrual.interest(balance, missedDue, Math.max(missedDue, acceleration));
            long costs = defaults.collectionCostsPayable() ? minor(eventOfDefault.collectionCosts(), "collectionCosts") : 0;
            long lateCharges = lateCharges(i, balance, unpaid, acceleration);
            long claimed = balance + unpaid + defaultInterest + lateCharges + costs;
            long recovered;
            int recoveryDay;
            if (eventOfDefault.recovery() instanceof Recovery.Stated r) {
                recovered = minor(r.amount(), "recovery.amount");
                recoveryDay = r.date() == null ? acceleration : EpochDay.of(r.date());
                if (recoveryDay < acceleration) {
                    throw invalid("recovery.date", "recovery on " + r.date() + " is before the acceleration date "
                            + EpochDay.toDate(acceleration));
                }
            } else {
                Recovery.Collateral r = (Recovery.Collateral) eventOfDefault.recovery();
                BigDecimal value = r.value() != null ? r.value()
                        : terms.security().collateralValue() == null ? null
                        : NoteTerms.decimal(terms.security().collateralValue());
                if (value == null) {
                    throw invalid("recovery.collateral.value", "note " + terms.id()
                            + " states no collateral value; give one in the scenario");
                }
                long gross = Math.round(minor(value, "recovery.collateral.value") * (1 - r.haircut()));
                long realisation = minor(r.costs(), "recovery.collateral.costs");
                recovered = Math.max(0, gross - realisation);
                recoveryDay = EpochDay.plusMonths(EpochDay.civil(acceleration), r.lagMonths(), false);
            }
            recovered = Math.min(recovered, claimed);
            claim = new AccelerationClaim(EpochDay.toDate(acceleration), balance, unpaid, defaultInterest, lateCharges,
                    costs, recovered, EpochDay.toDate(recoveryDay));
            flushRecoveries(acceleration, balance);
            int kinds = FlowKind.ACCELERATION.bit() | FlowKind.DEFAULT.bit();
            if (recoveryDay == acceleration) {
                out.add(start, acceleration, balance, 0, 0, 0, balance, recovered, 0, kinds | FlowKind.RECOVERY.bit(),
                        currentRate);
            } else {
                out.add(start, acceleration, balance, 0, 0, 0, balance, 0, 0, kinds, currentRate);
                pendingRecoveries.add(new long[] {recoveryDay, recovered});
            }
        }

        /**
         * The late charges on the installments missed from due row {@code missed} on whose grace ran out before
         * the acceleration day (due date + grace days &lt; acceleration; from then the whole debt is due, not
         * installments). Each installment is what the projection would have asked on the unpaid balance: the
         * period's interest ({@code missedInterest} for the missed one) and its scheduled principal.
         */
        private long lateCharges(int missed, long balance, long missedInterest, int acceleration) {
            var charge = terms.defaults().lateCharge();
            if (charge == null) {
                return 0;
            }
            long total = 0;
            for (int j = missed; j < base.size() && base.dueEpochDay(j) + charge.graceDays() < acceleration; j++) {
                if (!base.isDueRow(j) || (base.flags(j) & FlowKind.DEFERRAL.bit()) != 0) {
                    continue;
                }
                PeriodInterest rule = singleRate ? periods : periods.atRate(base.rate(j));
                long interest = j == missed ? missedInterest
                        : rule.interest(balance, base.accrualStartEpochDay(j), base.accrualEndEpochDay(j));
                long installment = interest + scheduledPrincipal(j, balance, interest, j == base.size() - 1);
                total += charge.chargeMinor(installment, scale);
            }
            return total;
        }

        /** Recoveries due before {@code day} as rows of their own (they change no balance). */
        private void flushRecoveries(int day, long balance) {
            pendingRecoveries.sort(Comparator.comparingLong(r -> r[0]));
            while (!pendingRecoveries.isEmpty() && pendingRecoveries.get(0)[0] < day) {
                long[] r = pendingRecoveries.remove(0);
                if (r[1] > 0) {
                    out.add((int) r[0], (int) r[0], balance, 0, 0, 0, 0, r[1], 0, FlowKind.RECOVERY.bit(), currentRate);
                }
            }
        }

        /** Recoveries due on {@code day}, after flushing earlier ones as their own rows. */
        private long takeRecoveries(int day, long balance) {
            flushRecoveries(day, balance);
            long sum = 0;
            while (!pendingRecoveries.isEmpty() && pendingRecoveries.get(0)[0] == day) {
                sum += pendingRecoveries.remove(0)[1];
            }
            return sum;
        }

        private int missedPaymentIndex(int first) {
            int day = EpochDay.of(eventOfDefault.missedPaymentDate());
            if (!terms.defaults().accelerates()) {
                throw invalid("eventsOfDefault", "note " + terms.id() + " does not provide for acceleration");
            }
            for (int i = first; i < base.size(); i++) {
                if (base.dueEpochDay(i) == day) {
                    return i;
                }
            }
            throw invalid("eventsOfDefault.missedPayment", eventOfDefault.missedPaymentDate()
                    + " is not a due date of note " + terms.id() + " after the as-of date " + EpochDay.toDate(asOf));
        }

        private void validatePrepayments() {
            PrepaymentTerms p = terms.prepayment();
            boolean prepays = !prepayments.isEmpty() || scenario.premiumsOnSpeed();
            if (prepays && reference == null && PrepaymentCharge.needsReference(terms)) {
                throw invalid("referenceCurve", "note " + terms.id() + " charges yield maintenance on prepayment: "
                        + "its premium needs a reference rate or curve");
            }
            for (DatedPrepayment d : prepayments) {
                if (!p.allowed()) {
                    throw invalid("prepayments", "note " + terms.id() + " may not be prepaid (its terms forbid it)");
                }
                if (p.lockoutUntil() != null && d.date().isBefore(p.lockoutUntil())) {
                    throw invalid("prepayments.date", "prepayment of note " + terms.id() + " on " + d.date()
                            + " is refused: the note is locked out until " + p.lockoutUntil());
                }
                if (!d.date().isAfter(terms.issueDate()) || d.date().isAfter(terms.maturityDate())) {
                    throw invalid("prepayments.date", d.date() + " is outside the life of note " + terms.id() + " ("
                            + terms.issueDate() + " to " + terms.maturityDate() + ")");
                }
                if (EpochDay.of(d.date()) <= asOf) {
                    throw invalid("prepayments.date", d.date() + " is not after the as-of date "
                            + EpochDay.toDate(asOf) + ": scenarios project the future only");
                }
            }
        }

        /**
         * The note's draws: after the as-of date and before maturity, on a note whose terms say how it lends (not a
         * STATED table), and within its principal, the most it may lend, with what its own advances lend.
         */
        private void validateDraws() {
            if (draws.isEmpty()) {
                return;
            }
            if (terms.amortization() == Amortization.STATED) {
                throw invalid("draws", "note " + terms.id() + " is STATED: its table states every payment, so it "
                        + "cannot draw more");
            }
            var advances = terms.structure().advances();
            BigDecimal lent = advances.isEmpty() ? NoteTerms.decimal(terms.principal())
                    : advances.stream().map(a -> NoteTerms.decimal(a.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal principal = NoteTerms.decimal(terms.principal());
            for (DatedAdvance d : draws) {
                if (!d.date().isAfter(terms.issueDate()) || !d.date().isBefore(terms.maturityDate())) {
                    throw invalid("draws.date", d.date() + " is outside the life of note " + terms.id() + " ("
                            + terms.issueDate() + " to " + terms.maturityDate() + ")");
                }
                if (EpochDay.of(d.date()) <= asOf) {
                    throw invalid("draws.date", d.date() + " is not after the as-of date "
                            + EpochDay.toDate(asOf) + ": scenarios project the future only");
                }
                minor(d.amount(), "draws.amount");
                lent = lent.add(d.amount());
                // A revolving line draws again what was repaid: its limit is the balance then (checked as it is
                // projected), not the sum of what it lent.
                if (!terms.structure().isRevolving() && lent.compareTo(principal) > 0) {
                    throw invalid("draws.amount", "drawing " + d.amount().toPlainString() + " of note " + terms.id()
                            + " on " + d.date() + " lends " + lent.toPlainString() + " in all, more than its principal "
                            + principal.toPlainString() + ", the most it may lend");
                }
            }
        }

        private long checkedAmount(DatedPrepayment p, long balance) {
            long amount = minor(p.amount(), "prepayments.amount");
            if (amount > balance) {
                throw invalid("prepayments.amount", "prepaying " + p.amount().toPlainString() + " of note "
                        + terms.id() + " on " + p.date() + " exceeds the balance then, "
                        + BigDecimal.valueOf(balance, scale).toPlainString());
            }
            return amount;
        }

        /** The premium of prepaying {@code prepaid} on {@code day}, at the rate the period accrues at. */
        private long penalty(long prepaid, int day) {
            return PrepaymentCharge.premiumMinor(terms, EpochDay.toDate(day), prepaid,
                    singleRate ? terms.annualRate() : currentDecimal, reference);
        }

        private static int penaltyBit(long penalty) {
            return penalty > 0 ? FlowKind.PENALTY.bit() : 0;
        }

        private long minor(BigDecimal amount, String field) {
            try {
                return amount.setScale(scale).unscaledValue().longValueExact();
            } catch (ArithmeticException e) {
                throw invalid(field, amount.toPlainString() + " is not a whole number of minor units of "
                        + terms.currency().getCurrencyCode());
            }
        }

        /** {@link PrepaymentSpeed#periodRate}, remembering the last conversion: most speeds are constant. */
        private double periodRate(double annual, double months) {
            if (annual != lastAnnual || months != lastMonths) {
                lastAnnual = annual;
                lastMonths = months;
                lastPeriodRate = PrepaymentSpeed.periodRate(annual, months);
            }
            return lastPeriodRate;
        }

        /**
         * Months a period spans, for converting annual speeds (SMM = 1 − (1 − CPR)^(months/12)): a
         * month-based period its whole months on the payment calendar (at least one); a weekly,
         * biweekly, four-weekly or semi-monthly period 12 ÷ its periods a year (12/52 of a month a week,
         * half a month semi-monthly, 12 × N ÷ 365 for a cycle of N days), a first or last one its
         * {@link Frequency#periodsIn whole periods} — the periods the PERIODIC basis charges — so 52 weekly SMMs
         * (365 ÷ N of a cycle's) compound to the CPR.
         */
        private double periodMonths(int i, int start, int due) {
            return ScenarioProjector.periodMonths(terms.frequency(), i, start, due, base.size());
        }

        private InvalidScenarioException invalid(String field, String reason) {
            return new InvalidScenarioException(scenario.name(), field, reason);
        }
    }
}
