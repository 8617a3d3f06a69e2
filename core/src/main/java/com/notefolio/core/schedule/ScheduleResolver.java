package com.notefolio.core.schedule;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.StatedPayment;
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
 *
 * <p><b>Amounts</b>, in the currency's minor units: interest per period = opening balance × annual rate ×
 * the accrual basis's year fraction, rounded once by the note's interest rule. Principal per amortization:
 * INTEREST_ONLY none until the last period; LEVEL_PAYMENT the stated payment or the computed one
 * ({@link LevelPayment}, over the amortization term when longer than the note) less interest — when the
 * payment is computed and the first period is short or long, the first payment also settles the odd
 * days' interest: it retires the level payment less a regular period's interest (balance × rate ÷
 * periods a year) and pays the first period's actual interest besides, as US lenders collect odd-days
 * interest, so that a stub neither ends the schedule early nor leaves a balloon;
 * CONSTANT_PRINCIPAL the principal ÷ periods, rounded by the payment rule (rounded down instead when the
 * rule's rounding would retire the principal before the last period); BULLET and the last period of
 * every kind the whole balance; STATED the stated payment less interest. The last payment is the closing
 * balance plus interest, so it absorbs every rounding residue (and is the balloon where there is one); a
 * payment that would retire the balance early retires exactly the balance and ends the schedule.
 */
public final class ScheduleResolver {

    private ScheduleResolver() {
    }

    public static Schedule resolve(NoteTerms terms) {
        int[] dueCivil = dueDates(terms);
        int n = dueCivil.length;
        int[] due = new int[n];
        for (int i = 0; i < n; i++) {
            due[i] = EpochDay.ofCivil(dueCivil[i]);
        }
        int[] start = new int[n];
        start[0] = EpochDay.of(terms.issueDate());
        System.arraycopy(due, 0, start, 1, n - 1);
        int issueCivil = EpochDay.civil(terms.issueDate());

        int scale = terms.currencyDigits();
        long balance = NoteTerms.decimal(terms.principal()).movePointRight(scale).longValueExact();
        InterestAccrual accrual = InterestAccrual.of(terms);
        long[] opening = new long[n];
        long[] interest = new long[n];
        long[] principal = new long[n];
        long[] payment = new long[n];

        long level = levelAmount(terms, balance, n, scale);
        boolean oddFirstPeriod = terms.amortization() == Amortization.LEVEL_PAYMENT && terms.statedPayment() == null
                && n > 1 && start[0] != firstRegularStart(terms, dueCivil[0]);
        List<StatedPayment> stated = terms.statedSchedule();
        int rows = n;
        for (int i = 0; i < n; i++) {
            opening[i] = balance;
            long dueInterest = accrual.interest(balance, start[i], i == 0 ? issueCivil : dueCivil[i - 1],
                    due[i], dueCivil[i]);
            long retired = switch (terms.amortization()) {
                case INTEREST_ONLY, BULLET -> 0;
                case LEVEL_PAYMENT -> level - (i == 0 && oddFirstPeriod
                        ? accrual.periodic(balance, terms.frequency().periodsPerYear()) : dueInterest);
                case CONSTANT_PRINCIPAL -> level;
                case STATED -> NoteTerms.decimal(stated.get(i).amount()).movePointRight(scale).longValueExact()
                        - dueInterest;
            };
            boolean last = i == n - 1 || retired >= balance;
            if (last) {
                retired = balance;
            }
            interest[i] = dueInterest;
            principal[i] = retired;
            try {
                // Payments below the interest grow the balance; it must not wrap around silently.
                payment[i] = Math.addExact(dueInterest, retired);
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
            opening = Arrays.copyOf(opening, rows);
            interest = Arrays.copyOf(interest, rows);
            principal = Arrays.copyOf(principal, rows);
            payment = Arrays.copyOf(payment, rows);
        }
        return new Schedule(terms, start, due, opening, interest, principal, payment);
    }

    /** The level payment (LEVEL_PAYMENT) or the constant principal installment (CONSTANT_PRINCIPAL). */
    private static long levelAmount(NoteTerms terms, long principalMinor, int periods, int scale) {
        if (terms.amortization() == Amortization.CONSTANT_PRINCIPAL) {
            long installment = terms.paymentRounding().divide(principalMinor, periods);
            return periods > 1 && installment * (periods - 1) >= principalMinor ? principalMinor / periods : installment;
        }
        if (terms.amortization() != Amortization.LEVEL_PAYMENT) {
            return 0;
        }
        if (terms.statedPayment() != null) {
            return NoteTerms.decimal(terms.statedPayment()).movePointRight(scale).longValueExact();
        }
        Frequency f = terms.frequency();
        int n = terms.amortizationMonths() == null ? periods : terms.amortizationMonths() / f.months();
        return LevelPayment.of(principalMinor, terms.annualRate(), f.periodsPerYear(), n, terms.paymentRounding());
    }

    /** Where a regular first period would start: one period before the first due date, on the roll. */
    private static int firstRegularStart(NoteTerms terms, int firstDueCivil) {
        int months = terms.frequency().months();
        return months == 0 ? Integer.MIN_VALUE
                : EpochDay.plusMonths(firstDueCivil, -months, EpochDay.isEndOfMonth(firstDueCivil));
    }

    /** The due dates as packed civil dates ({@link EpochDay#civil(int)}), increasing, the last on maturity. */
    static int[] dueDates(NoteTerms terms) {
        int maturity = EpochDay.civil(terms.maturityDate());
        if (terms.amortization() == Amortization.STATED) {
            List<StatedPayment> stated = terms.statedSchedule();
            int[] due = new int[stated.size()];
            for (int i = 0; i < due.length; i++) {
                due[i] = EpochDay.civil(stated.get(i).dueDate());
            }
            return due;
        }
        Frequency f = terms.frequency();
        int first = EpochDay.civil(terms.firstPaymentDate());
        if (!f.isRegular() || first >= maturity) {
            return new int[] {maturity};
        }
        int anchor = first;
        boolean endOfMonth = EpochDay.isEndOfMonth(anchor);
        int maturityCivil = maturity;
        int monthsSpan = (maturityCivil / 10000 - anchor / 10000) * 12
                + (maturityCivil / 100) % 100 - (anchor / 100) % 100;
        int[] due = new int[monthsSpan / f.months() + 2];
        int count = 0;
        for (int k = 0; ; k++) {
            int d = k == 0 ? first : EpochDay.plusMonthsCivil(anchor, k * f.months(), endOfMonth);
            if (d >= maturity) {
                break;
            }
            due[count++] = d;
        }
        due[count++] = maturity;
        return Arrays.copyOf(due, count);
    }
}
