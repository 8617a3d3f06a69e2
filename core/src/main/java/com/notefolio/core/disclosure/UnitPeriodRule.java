package com.notefolio.core.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit-period of a transaction, chosen as Appendix J (b)(4) says.
 *
 * <ul>
 *   <li>(b)(4)(i): the common period (a period that occurs more than once, (b)(3)(ii)), not over a year,
 *       that occurs most often; of common periods equally frequent, the smaller (A); with no common
 *       period, the average of all periods rounded to the nearest whole standard interval, the lower of
 *       two at a midpoint (B). The periods are those between payments and between advances, the first of
 *       each measured from the beginning of the term ((b)(3)(i)).</li>
 *   <li>(b)(4)(ii): in a single advance, single payment transaction, the term, at most a year: a whole
 *       number of months when it is one ((b)(5)(vi)), otherwise its days ((b)(5)(vii)).</li>
 * </ul>
 *
 * A period is a standard interval when it is a whole number of months (1 to 12, the same day of another
 * month, or last day to last day in a month-end series), else a whole number of weeks, a day, or 13 to 17
 * days (a semimonth: the 1st and 16th of each month give periods of 13 to 16 days).
 */
public final class UnitPeriodRule {

    private UnitPeriodRule() {
    }

    public static UnitPeriod of(ClosedEndCredit credit) {
        boolean monthEnd = credit.monthEndSeries();
        if (credit.singleAdvanceSinglePayment()) {
            return term(credit.termStart(), credit.payments().get(0).date(), monthEnd);
        }
        List<Period> periods = new ArrayList<>();
        addPeriods(credit.termStart(), credit.payments(), monthEnd, periods);
        addPeriods(credit.termStart(), credit.advances(), monthEnd, periods);
        Map<UnitPeriod, Integer> counts = new LinkedHashMap<>();
        for (Period p : periods) {
            if (p.standard() != null) {
                counts.merge(p.standard(), 1, Integer::sum);
            }
        }
        UnitPeriod chosen = null;
        int chosenCount = 1;
        for (Map.Entry<UnitPeriod, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > chosenCount || n == chosenCount && chosen != null
                    && e.getKey().nominalDays() < chosen.nominalDays()) {
                chosen = e.getKey();
                chosenCount = n;
            }
        }
        return chosen != null ? chosen : nearestStandard(averageDays(periods));
    }

    /** The unit-period of a single payment due {@code end} on a term from {@code start} ((b)(4)(ii)). */
    static UnitPeriod term(LocalDate start, LocalDate end, boolean monthEnd) {
        if (!end.isBefore(start.plusYears(1))) {
            return UnitPeriod.year();
        }
        int months = UnitPeriod.monthsBack(start, end, monthEnd);
        if (months > 0 && UnitPeriod.back(end, months, monthEnd).equals(start)) {
            return UnitPeriod.months(months);
        }
        return UnitPeriod.days(Math.max(1, (int) ChronoUnit.DAYS.between(start, end)));
    }

    /** A period and the standard interval it is, {@code null} when it is none. */
    private record Period(long days, UnitPeriod standard) {
    }

    private static void addPeriods(LocalDate start, List<DatedAmount> amounts, boolean monthEnd, List<Period> into) {
        LocalDate previous = start;
        for (DatedAmount a : amounts) {
            long days = ChronoUnit.DAYS.between(previous, a.date());
            if (days > 0) {
                into.add(new Period(days, standard(previous, a.date(), days, monthEnd)));
            }
            previous = a.date();
        }
    }

    static UnitPeriod standard(LocalDate from, LocalDate to, long days, boolean monthEnd) {
        // Either way of measuring a whole number of months k lands in the month k away, so only that k can fit.
        int k = UnitPeriod.monthsApart(from, to);
        if (k >= 1 && k <= 12 && from.getDayOfMonth() == to.getDayOfMonth()) {
            return UnitPeriod.months(k);
        }
        if (k >= 1 && k <= 12 && (from.plusMonths(k).equals(to) || UnitPeriod.back(to, k, monthEnd).equals(from))) {
            return UnitPeriod.months(k);
        }
        if (days % 7 == 0 && days / 7 <= 52) {
            return UnitPeriod.weeks((int) (days / 7));
        }
        if (days == 1) {
            return UnitPeriod.days(1);
        }
        if (days >= 13 && days <= 17) {
            return UnitPeriod.semimonth();
        }
        return null;
    }

    private static double averageDays(List<Period> periods) {
        double total = 0;
        for (Period p : periods) {
            total += p.days();
        }
        return periods.isEmpty() ? 1 : total / periods.size();
    }

    /** The standard interval nearest {@code days}, the lower at a midpoint ((b)(4)(i)(B)). */
    static UnitPeriod nearestStandard(double days) {
        List<UnitPeriod> standards = new ArrayList<>();
        standards.add(UnitPeriod.days(1));
        for (int w = 1; w <= 52; w++) {
            standards.add(UnitPeriod.weeks(w));
        }
        standards.add(UnitPeriod.semimonth());
        for (int m = 1; m <= 12; m++) {
            standards.add(UnitPeriod.months(m));
        }
        standards.sort((a, b) -> Double.compare(a.nominalDays(), b.nominalDays()));
        UnitPeriod nearest = standards.get(0);
        for (UnitPeriod s : standards) {
            if (Math.abs(s.nominalDays() - days) < Math.abs(nearest.nominalDays() - days)) {
                nearest = s;
            }
        }
        return nearest;
    }
}
