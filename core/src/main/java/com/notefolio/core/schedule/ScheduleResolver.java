package com.notefolio.core.schedule;

import com.notefolio.core.convention.BusinessDayAdjustment;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.Deferral;
import com.notefolio.core.note.InvalidTermsException;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PaymentOnReset;
import com.notefolio.core.note.SavingsClause;
import com.notefolio.core.note.ScheduleConventions;
import com.notefolio.core.note.StatedPayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves a note's terms into its exact schedule.
 *
 * <p><b>Dates.</b> Due dates roll from the first payment date by the frequency, each computed from that
 * anchor (so day 31 gives Jan 31, Feb 28/29, Mar 31); when the first payment date is the last day of its
 * month every due date is a month end. Regular dates before maturity are kept and maturity is the last
 * due date, so an off-calendar maturity makes a short last period. The first period accrues from the issue
 * date and may be short or long. A STATED note's due dates are its table's; AT_MATURITY has one period.
 * A stated payment day rolls every date on that day of the month, capped at the month's length. Then each
 * rolled date (maturity too, not a STATED table's) is moved to a business day by the note's
 * {@link com.notefolio.core.convention.BusinessDayAdjustment}, each alone (a move is never carried into
 * the next roll): with adjusted accrual the period runs to the moved date and its interest counts those
 * days; with unadjusted accrual (or a PERIODIC basis, which counts no days) the interest is the rolled
 * period's and only the payment moves, the row's accrual end ({@link Schedule#accrualEndEpochDay}) staying
 * on the rolled date.
 *
 * <p><b>Amounts</b>, in the currency's minor units: interest per period = opening balance × annual rate ×
 * the accrual basis's year fraction, rounded once by the note's interest rule, as {@link PeriodInterest}
 * defines it for regular, first and last periods (a PERIODIC stub by the note's odd-days rule). Principal per amortization:
 * INTEREST_ONLY none until the last period; LEVEL_PAYMENT the stated payment or the computed one
 * ({@link LevelPayment}, over the amortization term when longer than the note) less interest — when the
 * payment is computed and the first period is short or long, the first payment also settles the odd
 * days' interest: it retires the level payment less a regular period's interest (balance × rate ÷
 * periods a year) and pays the first period's actual interest besides, as US lenders collect odd-days
 * interest, so that a stub neither ends the schedule early nor leaves a balloon;
 * CONSTANT_PRINCIPAL its stated installment or the principal ÷ periods, rounded by the payment rule (rounded down instead when the
 * rule's rounding would retire the principal before the last period); BULLET and the last period of
 * every kind the whole balance; STATED the stated payment less interest. The last payment is the closing
 * balance plus interest, so it absorbs every rounding residue (and is the balloon where there is one); a
 * payment that would retire the balance early retires exactly the balance and ends the schedule.
 *
 * <p><b>Rates.</b> A note with one fixed rate accrues every period at it. Any other accrues each period
 * at its own rate ({@link PeriodRates}: the rate in effect on the period's accrual start, floating
 * resets set from the {@link IndexData}, capped by the maximum lawful rate), and every row records it.
 * When the rate changes, a LEVEL_PAYMENT note re-amortizes ({@link PaymentOnReset#REAMORTIZE}): from
 * that period the payment is the level payment of the opening balance at the new rate over the
 * remaining periods of its amortization term; or it keeps the payment ({@link PaymentOnReset#KEEP_PAYMENT})
 * and a payment below the interest adds the shortfall to the balance, recast (recomputed as at a reset)
 * where it would carry the balance above the note's negative-amortization cap (and never below that
 * period's interest). A STATED table's payments are never recomputed; a stated level payment holds until
 * the first rate change and then re-amortizes like a computed one, unless the terms keep it. A floating
 * rate resetting on its reset date ({@link com.notefolio.core.note.RateTerms.Floating.ResetTiming#ON_RESET_DATE})
 * splits a period that straddles resets: balance × Σ rate × year fraction of each part, rounded once
 * ({@link PeriodInterest#acrossResets}); the row records the rate in force at its end, and a change inside
 * a period re-amortizes from that period's payment. Rates may be negative where the terms allow it: the
 * period's interest is then negative (the lender pays it) and the principal retired is the payment less it.
 * Only such a note asks for changes inside a period: a fixed, stepped or next-period floating rate costs
 * nothing more.
 *
 * <p><b>Lead-in.</b> A note with a first principal date pays interest only on the due dates before it; from
 * the period due on (or first after) it, the level payment is computed as at a reset — on the balance then,
 * at the rate then, over the periods its amortization term has left — or the constant principal is the
 * principal ÷ the periods left; a stated payment (or a CONSTANT_PRINCIPAL note's stated installment) applies
 * from then.
 *
 * <p><b>Principal cycle</b> ({@link NoteTerms#principalFrequency()}, {@link PrincipalCycle}). A note whose
 * principal has a cycle of its own rolls its principal dates from the first principal date (a stepped note's first
 * installment, else the first payment date) and adds them to the interest due dates as rows: a date on both pays
 * both; a principal-only row retires its principal and carries its interest, accrued on the balance before it and
 * rounded by itself, to the next interest date ({@link Schedule#deferredInterestMinor}); an interest-only row retires
 * no principal. A constant principal is the principal ÷ the principal dates (from the first principal date), a
 * stepped installment is repaid on each principal date. Only such a note builds these rows: a plain note's due dates
 * are its rows, as before.
 *
 * <p><b>Structure</b> ({@link com.notefolio.core.note.StructureTerms}, {@link StructureRows}). The first period
 * accrues from the disbursement date. An advance or forgiveness after funding, and a capitalizing deferral that
 * ends between due dates, get rows of their own on their dates, splitting the period they fall in (each part
 * accrues on its own balance and is rounded by itself, as a loan system accrues between balance changes);
 * those rows pay nothing scheduled: an advance's principal is the amount lent (negative, the holder pays
 * it), a forgiveness's the amount forgiven (paid to the holder), and the interest they accrue is carried to the
 * period's payment ({@link Schedule#deferredInterestMinor}). Due dates on or before a deferral's end pay
 * nothing: their interest is capitalized (a principal of minus the interest), or carried and paid at the first
 * payment after it, or spread in equal parts over the payments after it; the amortization then starts as a
 * lead-in's does, on the balance then over the periods left. An advance or forgiveness during the amortization
 * re-amortizes the payments after it. A revolving line's repayments are rows of their own too (principal paid
 * down, to be drawn again, the balance never above the principal, its commitment), and its commitment fee —
 * the fee's rate on the undrawn commitment by the note's period rule, each row's rounded — is paid with each due
 * date's payment, in the schedule's fee column ({@link Schedule#feeMinor}). A stepped installment in force on a due date is that date's principal
 * (or its whole payment, principal being what the interest leaves). Level payments count the note's due
 * periods, never its event rows.
 *
 * <p><b>Precomputed interest</b> ({@link com.notefolio.core.note.PrecomputedInterest}). An add-on note's rows are
 * its n equal installments on the rolled due dates, each split into the interest earned and principal by its
 * rebate method ({@link PrecomputedEarning}), so the balance after each is the payoff on its due date; nothing of
 * the accrual above applies to it.
 *
 * <p><b>Savings clause and periodic fee.</b> A note whose savings clause applies interest above the maximum lawful
 * rate to principal is resolved by {@link ExcessToPrincipal} from its contract-rate and capped schedules (and may
 * end before maturity); a note's {@link com.notefolio.core.note.PeriodicFee} is then charged on the resolved rows
 * ({@link PeriodicFees}, the fee column). Notes without them take neither step.
 *
 * <p><b>Conventions.</b> The note's {@link ScheduleConventions} choose, where US lenders and the ACTUS
 * standard differ: the level payment from rate ÷ periods a year (the default) or from each period's own
 * year fraction ({@link LevelPayment#ofFractions}; the first period then needs no odd-days split, its
 * fraction is in the annuity); a short last period (default) or a long one when the maturity is off the
 * roll; and month ends kept (default) or the same day rolled from a month-end first due date.
 */
public final class ScheduleResolver {

    private ScheduleResolver() {
    }

    /** The schedule of a note whose rate needs no index data (fixed, stepped); a floating one fails naming its index. */
    public static Schedule resolve(NoteTerms terms) {
        return resolve(terms, IndexData.NONE);
    }

    /** The schedule of a note, its floating rates set from {@code indices}. */
    public static Schedule resolve(NoteTerms terms, IndexData indices) {
        Schedule s = terms.savingsClause() == SavingsClause.APPLIED_TO_PRINCIPAL ? ExcessToPrincipal.resolve(terms, indices)
                : amounts(terms, indices);
        // A periodic fee never changes the balance: charged on the resolved rows, and only by the notes stating one.
        return terms.periodicFee() == null ? s : PeriodicFees.charged(s, PeriodicFees.of(terms));
    }

    /** The schedule of the terms without their periodic fee. */
    private static Schedule amounts(NoteTerms terms, IndexData indices) {
        int capacity = dueDateCapacity(terms);
        int[] dueCivil = new int[capacity];
        int[] due = new int[capacity];
        int n = dueDates(terms, dueCivil, due);
        if (n < capacity) {
            dueCivil = Arrays.copyOf(dueCivil, n);
            due = Arrays.copyOf(due, n);
        }
        // Principal on a cycle of its own: its dates join the interest dates as rows; a plain note takes none of this.
        PrincipalCycle cycle = null;
        if (terms.principalFrequency() != null && terms.precomputed() == null) {
            cycle = PrincipalCycle.of(terms, dueCivil, due, n);
            n = cycle.rows;
            due = cycle.due;
            dueCivil = cycle.dueCivil;
        }
        // The first period's regularity is the roll's, whatever a business day moves.
        int firstRolledCivil = dueCivil[0];
        // Business days: the payment dates move; the accrual follows them or keeps the rolled dates.
        int[] accrualEnd = null;
        BusinessDayAdjustment businessDays = terms.conventions().businessDays();
        if (businessDays.movesDates() && terms.amortization() != Amortization.STATED) {
            int[] paid = new int[n];
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                paid[i] = businessDays.adjust(due[i]);
                moved |= paid[i] != due[i];
            }
            // A PERIODIC basis counts no days, so its interest is the rolled periods' whichever way: it keeps them.
            boolean followsPayment = businessDays.accrual() == BusinessDayAdjustment.Accrual.ADJUSTED
                    && terms.accrualBasis() != DayCounts.PERIODIC;
            if (moved && followsPayment) {
                due = paid;
                dueCivil = new int[n];
                for (int i = 0; i < n; i++) {
                    dueCivil[i] = EpochDay.civil(paid[i]);
                }
            } else if (moved) {
                accrualEnd = due;
                due = paid;
            }
        }
        // Until here due/dueCivil are where each period's accrual ends; from here due is the payment date.
        int[] end = accrualEnd == null ? due : accrualEnd;
        int[] start = new int[n];
        LocalDate accrualStart = terms.structure().accrualStart(terms.issueDate());
        start[0] = EpochDay.of(accrualStart);
        System.arraycopy(end, 0, start, 1, n - 1);
        int issueCivil = EpochDay.civil(accrualStart);
        if (terms.precomputed() != null) {
            // An add-on note's installments are fixed: split by its rebate method's earning, not by accrual.
            return PrecomputedEarning.resolve(terms, start, accrualEnd, due);
        }

        int scale = terms.currencyDigits();
        long balance = NoteTerms.decimal(terms.principal()).movePointRight(scale).longValueExact();
        // Advances, forgiveness and a deferral add rows and rules; a note without them takes none of this.
        StructureRows structure = null;
        int periodCount = n;
        int[] periodStart = start;
        int[] periodEnd = end;
        if (terms.structure().isPresent()) {
            structure = StructureRows.of(terms, n, start, end, due, dueCivil, accrualEnd);
            n = structure.rows;
            start = structure.start;
            due = structure.due;
            dueCivil = structure.dueCivil;
            accrualEnd = structure.accrualEnd;
            end = accrualEnd == null ? due : accrualEnd;
            balance = structure.initialBalance;
        }
        PeriodInterest periods = PeriodInterest.of(terms);
        long[] opening = new long[n];
        long[] interest = new long[n];
        long[] principal = new long[n];
        long[] payment = new long[n];

        // One rate for every period (the fast path, as before rate terms), or each period's own.
        PeriodRates rates = terms.hasSingleRate() ? null : PeriodRates.of(terms, indices);
        long[] rate = rates == null ? null : new long[n];
        long currentRate = rates == null ? 0 : rates.rateAt(start[0]);
        if (rates != null && currentRate != PeriodRates.unscaled(terms.annualRate())) {
            periods = periods.atRateUnscaled(currentRate);
        }
        BigDecimal firstRate = rates == null ? terms.annualRate() : PeriodRates.decimal(currentRate);
        int amortizationPeriods = terms.amortizationMonths() == null ? periodCount
                : terms.amortizationMonths() / Math.max(1, terms.frequency().months());
        // The ACTUS annuity weighs each period by its own year fraction; null for rate ÷ periods a year.
        long[] fractions = terms.amortization() == Amortization.LEVEL_PAYMENT
                && terms.conventions().annuity() == ScheduleConventions.Annuity.ACCRUAL_FRACTIONS
                ? annuityFractions(terms, periodStart, periodEnd, periodCount, amortizationPeriods) : null;
        // A lead-in pays interest only until the first principal date; the amortization starts there.
        int firstPrincipal = 0;
        if (terms.firstPrincipalDate() != null) {
            int day = EpochDay.of(terms.firstPrincipalDate());
            while (firstPrincipal < n - 1 && end[firstPrincipal] < day) {
                firstPrincipal++;
            }
        }
        if (structure != null) {
            // Principal starts on a row that pays: after the deferral, and never on an event's row.
            firstPrincipal = Math.max(firstPrincipal, structure.lastDeferredRow + 1);
            while (firstPrincipal < n - 1 && !structure.pays(firstPrincipal)) {
                firstPrincipal++;
            }
        }
        long level = firstPrincipal > 0 ? 0 : levelAmount(terms, balance, cycle == null ? periodCount : cycle.principalFrom[0],
                scale, firstRate, amortizationPeriods, fractions);
        boolean reamortize = terms.amortization() == Amortization.LEVEL_PAYMENT
                && terms.paymentOnReset() == PaymentOnReset.REAMORTIZE;
        // A kept payment may not grow the balance above the cap (minor units, rounded down): it is recast.
        boolean recast = terms.negativeAmortizationCap() != null;
        long negativeAmortizationCeiling = !recast ? 0
                : new BigDecimal(balance).multiply(terms.negativeAmortizationCap()).setScale(0, RoundingMode.DOWN)
                .longValueExact();
        BigDecimal currentDecimal = firstRate;
        // An annuity of the periods' own fractions already weighs an odd first period: no odd-days split.
        boolean oddFirstPeriod = terms.amortization() == Amortization.LEVEL_PAYMENT && terms.statedPayment() == null
                && fractions == null && firstPrincipal == 0 && (structure == null || (n > 1 && structure.period[1] == 1))
                && n > 1 && !periods.firstPeriodIsRegular(firstRolledCivil);
        List<StatedPayment> stated = terms.statedSchedule();
        Amortization amortization = terms.amortization();
        // A rate resetting on its date may change inside a period: its segments, and where they were.
        boolean splits = rates != null && rates.splitsPeriods();
        int[] bounds = splits ? new int[4] : null;
        long[] segmentRates = splits ? new long[4] : null;
        RateChanges.Builder changes = splits ? new RateChanges.Builder(n) : null;
        // A structured note's rows: what each carries, interest owed but not yet paid, and the deferral's rule.
        int[] flags = structure == null && cycle == null ? null : new int[n];
        long[] deferred = structure == null && cycle == null ? null : new long[n];
        Deferral.DeferredInterest deferralRule = terms.structure().deferral() == null ? null
                : terms.structure().deferral().interest();
        long carried = 0; // accrued on event rows of the current period, owed with its payment
        long pool = 0; // accrued during a deferral that does not capitalize, owed after it
        long share = -1; // a SPREAD pool's part of each payment, fixed at the first payment after the deferral
        boolean recompute = false; // an advance or forgiveness re-amortizes the payments after it
        // A revolving line: its balance may not pass the commitment, and a fee may run on what is undrawn.
        boolean revolving = terms.structure().isRevolving();
        long commitment = NoteTerms.decimal(terms.principal()).movePointRight(scale).longValueExact();
        PeriodInterest commitmentFees = terms.structure().commitmentFee() == null ? null
                : PeriodInterest.of(terms).atRate(terms.structure().commitmentFee());
        long[] fee = commitmentFees == null ? null : new long[n];
        long feeCarried = 0;
        int rows = n;
        for (int i = 0; i < n; i++) {
            opening[i] = balance;
            // The due period this row belongs to: the row itself, unless events added rows.
            int p = structure == null ? i : structure.period[i];
            int segments = 0;
            if (rates != null) {
                long r = rates.rateAt(start[i]);
                if (splits && rates.nextChange(start[i]) < end[i]) {
                    // The period straddles resets: each segment at its own rate; the row shows the rate at its end.
                    bounds[0] = start[i];
                    for (int day = rates.nextChange(start[i]); day < end[i]; day = rates.nextChange(day)) {
                        if (segments + 2 >= bounds.length) {
                            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                            segmentRates = Arrays.copyOf(segmentRates, bounds.length);
                        }
                        segmentRates[segments] = r;
                        changes.add(i, day, r);
                        bounds[++segments] = day;
                        r = rates.rateAt(day);
                    }
                    segmentRates[segments] = r;
                    bounds[++segments] = end[i];
                }
                if (r != currentRate) {
                    currentRate = r;
                    // The decimal is made only where a level payment is computed from it (most changes need none).
                    currentDecimal = null;
                    periods = periods.atRateUnscaled(r);
                    if (reamortize && i > firstPrincipal) {
                        // Over the remaining term at the new rate, on the balance then outstanding (uniform ARM note §4(C)).
                        currentDecimal = PeriodRates.decimal(r);
                        level = level(terms, balance, currentDecimal, p, amortizationPeriods, fractions);
                    }
                }
                rate[i] = r;
            }
            long dueInterest = start[i] == end[i] ? 0
                    : segments > 0 ? periods.acrossResets(balance, bounds, segmentRates, segments, end[i])
                    : periods.interest(balance, start[i], i == 0 ? issueCivil : dueCivil[i - 1], end[i], dueCivil[i]);
            if (commitmentFees != null && start[i] != end[i] && commitment > balance) {
                // The fee on the undrawn commitment, by the note's period rule at the fee's rate.
                feeCarried += commitmentFees.interest(commitment - balance, start[i], i == 0 ? issueCivil : dueCivil[i - 1],
                        end[i], dueCivil[i]);
            }
            if (structure != null && !structure.pays(i)) {
                // A row that pays nothing scheduled: an event's, or a due date in the deferral.
                int kind = structure.kind[i];
                boolean deferredDue = kind == StructureRows.DUE;
                long accrued = dueInterest;
                long retired = 0;
                if ((deferredDue && deferralRule == Deferral.DeferredInterest.CAPITALIZE)
                        || kind == StructureRows.CAPITALIZATION) {
                    accrued += carried;
                    carried = 0;
                    retired = -accrued; // paid in kind: the interest joins the balance
                    interest[i] = accrued;
                } else if (deferredDue) {
                    pool += accrued + carried;
                    carried = 0;
                } else {
                    carried += accrued;
                }
                retired -= structure.change[i];
                recompute |= structure.change[i] != 0 && i > firstPrincipal;
                if (structure.change[i] < 0 && -structure.change[i] > balance) {
                    boolean repaid = kind == StructureRows.REPAYMENT;
                    throw new InvalidTermsException(terms.id(), repaid ? "repayments" : "forgiveness", EpochDay.toDate(due[i]),
                            (repaid ? "repays " : "forgives ") + -structure.change[i] + " minor units, more than the balance then, "
                                    + balance);
                }
                if (revolving && balance - retired > commitment) {
                    throw new InvalidTermsException(terms.id(), "advances", EpochDay.toDate(due[i]), "draws the balance to "
                            + (balance - retired) + " minor units, above the commitment (the principal) " + commitment);
                }
                principal[i] = retired;
                payment[i] = interest[i] + retired;
                balance -= retired;
                deferred[i] = carried + pool;
                flags[i] = (deferredDue ? FlowKind.DEFERRAL.bit() : 0)
                        | (interest[i] != 0 || kind == StructureRows.CAPITALIZATION ? FlowKind.CAPITALIZATION.bit() : 0)
                        | (kind == StructureRows.ADVANCE ? FlowKind.ADVANCE.bit() : 0)
                        | (kind == StructureRows.FORGIVENESS ? FlowKind.FORGIVENESS.bit() : 0)
                        | (kind == StructureRows.REPAYMENT ? FlowKind.REPAYMENT.bit() : 0);
                if (balance == 0 && deferred[i] == 0 && !revolving && !structure.eventsAfter(i)) {
                    // A forgiveness or repayment of the whole balance with nothing carried ends the note: a due
                    // row after it would pay nothing (and a projection, which stops at a zero balance, has none).
                    rows = i + 1;
                    break;
                }
                continue;
            }
            if (cycle != null && !cycle.paysInterest[p]) {
                // A principal-only date: its interest is carried, with what came before, to the next interest date.
                carried += dueInterest;
                dueInterest = 0;
            } else {
                // What the period's earlier event rows accrued is owed with its payment, as part of its interest.
                dueInterest += carried;
                carried = 0;
            }
            if (currentDecimal == null && (recast || (i == firstPrincipal && i > 0) || (recompute && i > firstPrincipal))) {
                currentDecimal = PeriodRates.decimal(currentRate);
            }
            if ((i == firstPrincipal && i > 0) || (recompute && i > firstPrincipal)) {
                // The amortization starts (or an advance or forgiveness changed the balance): its payment over the
                // periods left, on the balance then, at the rate then.
                recompute = false;
                level = terms.amortization() == Amortization.CONSTANT_PRINCIPAL || terms.statedPayment() != null
                        ? levelAmount(terms, balance, cycle == null ? periodCount - p : cycle.principalFrom[p], scale,
                                currentDecimal, amortizationPeriods, fractions)
                        : level(terms, balance, currentDecimal, p, amortizationPeriods, fractions);
            }
            long stepped = structure == null ? -1 : structure.stepMinor[i];
            long retired = cycle != null && !cycle.paysPrincipal[p] ? 0 // an interest-only date of a principal cycle
                    : stepped >= 0 ? (structure.stepIsPayment[i] ? stepped - dueInterest : stepped)
                    : i < firstPrincipal ? 0 : switch (amortization) {
                case INTEREST_ONLY, BULLET -> 0;
                case LEVEL_PAYMENT -> level - (i == 0 && oddFirstPeriod
                        ? periods.accrual().periodic(balance, terms.frequency()) : dueInterest);
                case CONSTANT_PRINCIPAL -> level;
                case STATED -> NoteTerms.decimal(stated.get(i).amount()).movePointRight(scale).longValueExact()
                        - dueInterest;
            };
            if (recast && retired < 0 && balance > negativeAmortizationCeiling + retired) {
                // At least the interest: a payment rounded to nothing (a balance of a few minor units) still may not grow it.
                level = Math.max(dueInterest, level(terms, balance, currentDecimal, p, amortizationPeriods, fractions));
                retired = level - dueInterest;
            }
            // A revolving line stays open to maturity (its fee runs on), even when nothing is drawn.
            boolean last = i == n - 1 || (retired >= balance && !revolving && (structure == null || !structure.eventsAfter(i)));
            if (last || retired > balance) {
                retired = balance;
            }
            if (last && carried != 0) {
                // Retired on a principal-only date: the interest carried to the next interest date is owed now.
                dueInterest += carried;
                carried = 0;
            }
            if (pool > 0) {
                // The deferral's carried interest: all now, or its equal part of each payment after the deferral.
                if (share < 0) {
                    share = deferralRule == Deferral.DeferredInterest.SPREAD ? pool / Math.max(1, periodCount - p) : pool;
                }
                long paid = last ? pool : Math.min(pool, share);
                dueInterest += paid;
                pool -= paid;
            }
            if (deferred != null) {
                deferred[i] = pool + carried;
                flags[i] = FlowKind.SCHEDULED.bit();
            }
            interest[i] = dueInterest;
            principal[i] = retired;
            if (fee != null) {
                fee[i] = feeCarried; // the commitment fee of the period's rows, paid with its payment
                feeCarried = 0;
            }
            try {
                // Payments below the interest grow the balance; it must not wrap around silently.
                payment[i] = Math.addExact(Math.addExact(dueInterest, retired), fee == null ? 0 : fee[i]);
                balance = Math.subtractExact(balance, retired);
            } catch (ArithmeticException e) {
                throw new ArithmeticException("note " + terms.id() + ": the balance outgrows 64-bit minor units at row "
                        + (i + 1) + ", the payments do not cover the interest");
            }
            if (last) {
                rows = i + 1;
                break;
            }
        }
        if (rows < n) {
            start = Arrays.copyOf(start, rows);
            due = Arrays.copyOf(due, rows);
            accrualEnd = accrualEnd == null ? null : Arrays.copyOf(accrualEnd, rows);
            opening = Arrays.copyOf(opening, rows);
            interest = Arrays.copyOf(interest, rows);
            principal = Arrays.copyOf(principal, rows);
            payment = Arrays.copyOf(payment, rows);
            rate = rate == null ? null : Arrays.copyOf(rate, rows);
            flags = flags == null ? null : Arrays.copyOf(flags, rows);
            deferred = deferred == null ? null : Arrays.copyOf(deferred, rows);
            fee = fee == null ? null : Arrays.copyOf(fee, rows);
        }
        RateChanges within = changes == null ? null : changes.build();
        if (within != null && rows < n) {
            within = within.firstRows(rows);
        }
        if (structure != null || cycle != null) {
            return new Schedule(terms, start, accrualEnd, due, opening, interest, principal, payment, rate,
                    rates == null ? 0 : rates.sources(), within, flags, deferred, fee);
        }
        return new Schedule(terms, start, accrualEnd, due, opening, interest, principal, payment, rate,
                rates == null ? 0 : rates.sources(), within);
    }

    /** The level payment of {@code balance} at {@code rate} over periods {@code from} to the end of the amortization term. */
    private static long level(NoteTerms terms, long balance, BigDecimal rate, int from, int amortizationPeriods,
                              long[] fractions) {
        if (fractions != null) {
            return LevelPayment.ofFractions(balance, rate, fractions, terms.accrualBasis().denominator(), from,
                    amortizationPeriods, terms.paymentRounding());
        }
        return LevelPayment.of(balance, rate, terms.frequency(), Math.max(1, amortizationPeriods - from),
                terms.paymentRounding());
    }

    /**
     * The accrual basis's year-fraction numerators of the amortization term's periods: the schedule's own
     * periods, or, for an amortization term longer than the note, the periods rolled from the first due date
     * over the whole term (the payment of a balloon note is that of the longer loan).
     */
    private static long[] annuityFractions(NoteTerms terms, int[] start, int[] due, int n, int amortizationPeriods) {
        long[] numerators = new long[Math.max(n, amortizationPeriods)];
        if (terms.amortizationMonths() == null) {
            for (int j = 0; j < n; j++) {
                numerators[j] = terms.accrualBasis().numerator(start[j], due[j]);
            }
            return numerators;
        }
        LocalDate anchor = terms.firstPaymentDate();
        boolean monthEnd = anchor.getDayOfMonth() == anchor.lengthOfMonth()
                && terms.conventions().endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END;
        int anchorCivil = anchor.getYear() * 10000 + anchor.getMonthValue() * 100 + terms.conventions().rollDay(anchor);
        int previous = start[0];
        for (int j = 0; j < amortizationPeriods; j++) {
            int end = EpochDay.plusMonths(anchorCivil, j * terms.frequency().months(), monthEnd);
            numerators[j] = terms.accrualBasis().numerator(previous, end);
            previous = end;
        }
        return numerators;
    }

    /** The level payment (LEVEL_PAYMENT) or the constant principal installment (CONSTANT_PRINCIPAL). */
    private static long levelAmount(NoteTerms terms, long principalMinor, int periods, int scale, BigDecimal rate,
                                    int amortizationPeriods, long[] fractions) {
        if (terms.amortization() == Amortization.CONSTANT_PRINCIPAL) {
            if (terms.statedPayment() != null) {
                return NoteTerms.decimal(terms.statedPayment()).movePointRight(scale).longValueExact();
            }
            long installment = terms.paymentRounding().divide(principalMinor, periods);
            return periods > 1 && installment * (periods - 1) >= principalMinor ? principalMinor / periods : installment;
        }
        if (terms.amortization() != Amortization.LEVEL_PAYMENT) {
            return 0;
        }
        if (terms.statedPayment() != null) {
            return NoteTerms.decimal(terms.statedPayment()).movePointRight(scale).longValueExact();
        }
        return level(terms, principalMinor, rate, 0, amortizationPeriods, fractions);
    }

    /**
     * The due dates the terms roll to, moved to business days as the terms say, in order, the last on
     * maturity — every date of the note's term, including those after a payment that retires the balance
     * early ends its schedule.
     */
    public static List<LocalDate> dueDateList(NoteTerms terms) {
        int[] civil = dueDates(terms);
        BusinessDayAdjustment businessDays = terms.amortization() == Amortization.STATED ? BusinessDayAdjustment.NONE
                : terms.conventions().businessDays();
        LocalDate[] dates = new LocalDate[civil.length];
        for (int i = 0; i < civil.length; i++) {
            dates[i] = businessDays.adjust(LocalDate.of(civil[i] / 10000, (civil[i] / 100) % 100, civil[i] % 100));
        }
        return List.of(dates);
    }

    /**
     * The principal dates of a note whose principal has a cycle of its own ({@link NoteTerms#principalFrequency()}),
     * in order, the last on maturity; empty for any other note, whose principal dates are its {@link #dueDateList}.
     */
    public static List<LocalDate> principalDateList(NoteTerms terms) {
        if (terms.principalFrequency() == null) {
            return List.of();
        }
        int[] civil = dueDates(terms);
        int[] epoch = new int[civil.length];
        for (int i = 0; i < civil.length; i++) {
            epoch[i] = EpochDay.ofCivil(civil[i]);
        }
        PrincipalCycle cycle = PrincipalCycle.of(terms, civil, epoch, civil.length);
        List<LocalDate> dates = new java.util.ArrayList<>();
        for (int i = 0; i < cycle.rows; i++) {
            if (cycle.paysPrincipal[i]) {
                dates.add(EpochDay.toDate(cycle.due[i]));
            }
        }
        return List.copyOf(dates);
    }

    /** The due dates as packed civil dates ({@link EpochDay#civil(int)}), increasing, the last on maturity. */
    static int[] dueDates(NoteTerms terms) {
        int[] civil = new int[dueDateCapacity(terms)];
        int n = dueDates(terms, civil, new int[civil.length]);
        return Arrays.copyOf(civil, n);
    }

    /** An upper bound of the number of due dates, to size the arrays {@link #dueDates(NoteTerms, int[], int[])} fills. */
    private static int dueDateCapacity(NoteTerms terms) {
        if (terms.amortization() == Amortization.STATED) {
            return terms.statedSchedule().size();
        }
        int months = terms.frequency().months();
        LocalDate first = terms.firstPaymentDate();
        LocalDate maturity = terms.maturityDate();
        if (!terms.frequency().isRegular()) {
            return 1;
        }
        if (!terms.frequency().rollsByMonths()) {
            // The shortest period of a day-based roll is its days; a semi-monthly one's is 13 days (Feb 15 to 28).
            int shortest = terms.frequency().days() > 0 ? terms.frequency().days() : 13;
            return (int) Math.max(0, ChronoUnit.DAYS.between(first, maturity)) / shortest + 2;
        }
        int span = (maturity.getYear() - first.getYear()) * 12 + maturity.getMonthValue() - first.getMonthValue();
        return Math.max(0, span) / months + 2;
    }

    /**
     * Fills the due dates both as packed civil dates and as epoch days and returns their number. Regular
     * dates are rolled month by month from the anchor, keeping the epoch day of each month's first day as
     * a running sum of month lengths, so no date is converted from scratch.
     */
    private static int dueDates(NoteTerms terms, int[] civil, int[] epoch) {
        LocalDate maturityDate = terms.maturityDate();
        int maturity = EpochDay.of(maturityDate);
        if (terms.amortization() == Amortization.STATED) {
            List<StatedPayment> stated = terms.statedSchedule();
            for (int i = 0; i < stated.size(); i++) {
                LocalDate d = stated.get(i).dueDate();
                civil[i] = EpochDay.civil(d);
                epoch[i] = EpochDay.of(d);
            }
            return stated.size();
        }
        Frequency f = terms.frequency();
        LocalDate firstDate = terms.firstPaymentDate();
        if (!f.isRegular() || !firstDate.isBefore(maturityDate)) {
            civil[0] = EpochDay.civil(maturityDate);
            epoch[0] = maturity;
            return 1;
        }
        int year = firstDate.getYear();
        int month = firstDate.getMonthValue();
        int anchorDay = terms.conventions().rollDay(firstDate);
        boolean endOfMonth = anchorDay == firstDate.lengthOfMonth()
                && terms.conventions().endOfMonth() == ScheduleConventions.EndOfMonth.MONTH_END;
        if (!f.rollsByMonths()) {
            return rolledDueDates(terms, f, year * 10000 + month * 100 + anchorDay, endOfMonth, maturity, civil, epoch);
        }
        int firstOfMonth = EpochDay.of(year, month, 1);
        int step = f.months();
        int count = 0;
        while (true) {
            int length = EpochDay.lengthOfMonth(year, month);
            int day = endOfMonth ? length : Math.min(anchorDay, length);
            int date = firstOfMonth + day - 1;
            if (date >= maturity) {
                if (date > maturity && count > 1 && terms.conventions().lastPeriod() == ScheduleConventions.LastPeriod.LONG) {
                    count--; // the maturity is off the roll: its stub joins the period before it (ACTUS L1)
                }
                break;
            }
            civil[count] = year * 10000 + month * 100 + day;
            epoch[count++] = date;
            for (int k = 0; k < step; k++) {
                firstOfMonth += EpochDay.lengthOfMonth(year, month);
                if (++month > 12) {
                    month = 1;
                    year++;
                }
            }
        }
        civil[count] = EpochDay.civil(maturityDate);
        epoch[count++] = maturity;
        return count;
    }

    /**
     * The due dates of a frequency that does not roll by months (weekly, biweekly, four-weekly,
     * semi-monthly): each rolled from the anchor by {@link Frequency#rollCivil}, before maturity, then
     * maturity itself — with the same long-last-period rule as the month roll.
     */
    private static int rolledDueDates(NoteTerms terms, Frequency f, int anchorCivil, boolean endOfMonth, int maturity,
                                      int[] civil, int[] epoch) {
        int count = 0;
        for (int k = 0; ; k++) {
            int c = f.rollCivil(anchorCivil, k, endOfMonth);
            int date = EpochDay.ofCivil(c);
            if (date >= maturity) {
                if (date > maturity && count > 1 && terms.conventions().lastPeriod() == ScheduleConventions.LastPeriod.LONG) {
                    count--; // the maturity is off the roll: its stub joins the period before it (ACTUS L1)
                }
                break;
            }
            civil[count] = c;
            epoch[count++] = date;
        }
        civil[count] = EpochDay.civil(terms.maturityDate());
        epoch[count++] = maturity;
        return count;
    }
}
