package com.notefolio.core.disclosure;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.ClosingFee;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Truth in Lending box of a note from its resolved schedule. The amount financed is the principal less
 * the closing fees ({@link ClosingFee}: prepaid finance charges, in cash or financed), advanced when the note
 * is funded (its disbursement date, or its date; a grid note's later advances on theirs); the payments are the
 * schedule's payments on their due dates (rows that pay nothing are no payment); the finance charge is
 * the total of payments − the amount financed, and the APR is Appendix J's in the unit-period (b)(4)
 * gives those dates ({@link ActuarialApr}). A level-payment note whose first period is a regular one
 * therefore has an APR equal to its rate; an odd first period moves it by how Appendix J counts its days.
 * A precomputed (add-on) note's finance charge is so its add-on interest plus the prepaid fees, and its APR that
 * of its equal installments, whichever rebate method it states (the rebate changes no payment).
 *
 * <p>Two paths give the same box: the obvious one builds the {@link ClosedEndCredit} of dated amounts
 * ({@link #viaCredit}); {@link #of} takes a fast path for the schedules most notes have (payments every
 * k months on one day of the month up to the 28th, three or more of them), measuring the times of
 * Appendix J (b)(5) on epoch days without building a date or a decimal a payment, so that {@code value}
 * can disclose every note at little cost; any other schedule goes the obvious way. Tests hold the two
 * equal.
 */
public final class NoteDisclosure {

    private NoteDisclosure() {
    }

    /** The note as a credit transaction; empty when it has no principal or no payment to disclose. */
    public static Optional<ClosedEndCredit> credit(Schedule schedule) {
        NoteTerms terms = schedule.terms();
        BigDecimal principal = principal(schedule);
        if (principal.signum() <= 0) {
            return Optional.empty();
        }
        int scale = schedule.scale();
        List<DatedAmount> payments = new ArrayList<>(schedule.size());
        List<DatedAmount> advances = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            long minor = schedule.paymentMinor(i);
            if (minor > 0) {
                payments.add(new DatedAmount(EpochDay.toDate(schedule.dueEpochDay(i)), BigDecimal.valueOf(minor, scale)));
            } else if ((schedule.flags(i) & FlowKind.ADVANCE.bit()) != 0) {
                // a grid note's later advance: money lent on its date, part of the amount financed
                advances.add(new DatedAmount(EpochDay.toDate(schedule.dueEpochDay(i)), BigDecimal.valueOf(-minor, scale)));
            }
        }
        if (payments.isEmpty()) {
            return Optional.empty();
        }
        // The term begins when the loan is funded: the disbursement date, the note's date when none is stated.
        LocalDate funded = terms.structure().accrualStart(terms.issueDate());
        if (advances.isEmpty()) {
            return Optional.of(ClosedEndCredit.singleAdvance(funded, principal, payments));
        }
        advances.add(0, new DatedAmount(funded, principal));
        return Optional.of(new ClosedEndCredit(funded, advances, payments));
    }

    /** The note's box; empty when it has no principal or no payment to disclose. */
    public static Optional<TruthInLendingDisclosure> of(Schedule schedule) {
        TruthInLendingDisclosure fast = monthlyFastPath(schedule);
        return fast != null ? Optional.of(fast) : viaCredit(schedule);
    }

    /** The note's box by way of its {@link #credit} (the obvious path). */
    public static Optional<TruthInLendingDisclosure> viaCredit(Schedule schedule) {
        return credit(schedule).map(TruthInLendingDisclosure::of);
    }

    /**
     * The box of a schedule paying every k months on one day of the month (1st to 28th), at least three
     * payments; {@code null} for any other. With every period after the first one of k months, that is the
     * common period (b)(4)(i) chooses; measured back from a day up to the 28th, a month never lands on a
     * shorter month's end, so the times of (b)(5)(ii), (iii) are whole arithmetic on the dates' fields.
     */
    static TruthInLendingDisclosure monthlyFastPath(Schedule schedule) {
        NoteTerms terms = schedule.terms();
        BigDecimal principal = principal(schedule);
        int n = schedule.size();
        if (principal.signum() <= 0 || n < 3) {
            return null;
        }
        int[] civil = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (schedule.paymentMinor(i) <= 0) {
                return null;
            }
            civil[i] = EpochDay.civil(schedule.dueEpochDay(i));
            if (civil[i] % 100 > 28) {
                return null;
            }
        }
        int day = civil[0] % 100;
        int k = monthIndex(civil[1]) - monthIndex(civil[0]);
        if (k < 1 || k > 12) {
            return null;
        }
        for (int i = 1; i < n; i++) {
            if (civil[i] % 100 != day || monthIndex(civil[i]) - monthIndex(civil[i - 1]) != k) {
                return null;
            }
        }
        UnitPeriod unit = UnitPeriod.months(k);
        if (unit.kind() == UnitPeriod.Kind.YEAR) {
            return null; // (b)(5)(v) counts a year's remainder in months or days: the obvious path does
        }
        LocalDate issue = terms.structure().accrualStart(terms.issueDate());
        int issueEpochDay = (int) issue.toEpochDay();
        int issueMonth = issue.getYear() * 12 + issue.getMonthValue() - 1;
        int issueDay = issue.getDayOfMonth();
        if (schedule.dueEpochDay(0) < issueEpochDay) {
            return null;
        }
        double[] amount = new double[n + 1];
        int[] units = new int[n + 1];
        double[] fraction = new double[n + 1];
        int scale = schedule.scale();
        amount[0] = principal.doubleValue();
        long total = 0;
        for (int i = 0; i < n; i++) {
            long minor = schedule.paymentMinor(i);
            total += minor;
            // As BigDecimal.valueOf(minor, scale).doubleValue() of the obvious path: the same double.
            amount[i + 1] = -BigDecimal.valueOf(minor, scale).doubleValue();
            int dueMonth = monthIndex(civil[i]);
            int months = dueMonth - issueMonth - (day < issueDay ? 1 : 0);
            int back = dueMonth - months;
            int remaining = EpochDay.of(Math.floorDiv(back, 12), Math.floorMod(back, 12) + 1, day) - issueEpochDay;
            if (k == 1) {
                units[i + 1] = months;
                fraction[i + 1] = remaining / 30.0;
            } else {
                int days = 30 * months + remaining;
                units[i + 1] = days / (30 * k);
                fraction[i + 1] = (double) (days % (30 * k)) / (30 * k);
            }
        }
        AprSolution apr = ActuarialApr.solve(amount, units, fraction, unit);
        BigDecimal totalOfPayments = BigDecimal.valueOf(total, scale);
        return new TruthInLendingDisclosure(principal, totalOfPayments.subtract(principal), totalOfPayments, apr);
    }

    /**
     * The amount financed at the start: the balance the note opens with (its principal, or a grid note's first
     * advance) less the closing fees, which are prepaid finance charges whether paid in cash or withheld from the
     * proceeds (12 CFR 1026.18(b)); at the currency's scale (150000.00, not 1.5E+5), as every amount of the box is.
     */
    private static BigDecimal principal(Schedule schedule) {
        long opening = schedule.size() == 0 ? 0 : schedule.openingMinor(0);
        long fees = schedule.terms().closingFeesMinor(opening);
        return BigDecimal.valueOf(opening - fees, schedule.scale());
    }

    /** Months since year 0 of a civil date packed as yyyymmdd. */
    private static int monthIndex(int civil) {
        return civil / 10000 * 12 + civil / 100 % 100 - 1;
    }
}
