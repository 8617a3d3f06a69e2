package com.notefolio.core.note;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a note on the {@code PERIODIC} basis charges a first or last period that is not a whole period of
 * its payment calendar (a stub: the issue date is not a whole number of periods before the first due
 * date, or the maturity is not on the roll). Regular periods are balance × rate ÷ periods a year
 * either way; the rule decides only the stub's interest.
 *
 * <ul>
 *   <li>{@link #WHOLE_PERIOD} (the default, and the 2003 note's): the stub counts as whole months of the
 *       payment calendar, rounded to the nearest month with at least one ({@link DayCounts#PERIODIC}), so
 *       the 2003 note's first period, 13 Aug to 12 Sep 2003, is one month and pays $1,500.00, and a
 *       17-day first period of a monthly note pays a whole month's interest too.</li>
 *   <li>{@link ByDays}: the stub's whole periods (counted back from its due date for a first period)
 *       at balance × rate ÷ periods a year, and the odd days left over at the note's rate on a stated
 *       day-count basis: balance × rate × (whole months ÷ 12 + the basis's fraction of the odd days),
 *       rounded once by the note's interest rule. A 17-day first period on ACT/360 pays 17/360 of a
 *       year's interest, as US lenders charge odd-days interest.</li>
 * </ul>
 *
 * <p>Codes in files: {@code WHOLE_PERIOD}, or the basis's code ({@code ACT/360}, {@code ACT/365F},
 * {@code 30/360}, {@code 30E/360}, {@code ACT/ACT}).
 */
public sealed interface OddDays {

    /** The stub counts as whole periods (rounded months): today's and the 2003 note's rule. */
    OddDays WHOLE_PERIOD = new WholePeriod();

    /** The odd days at the note's rate on {@code basis}, a day-count basis (not PERIODIC). */
    static OddDays byDays(DayCount basis) {
        return new ByDays(basis);
    }

    /** The rule of a code: {@code WHOLE_PERIOD} or a day-count basis's code; empty if it is neither. */
    static Optional<OddDays> of(String code) {
        String c = code.strip();
        if (c.toUpperCase(Locale.ROOT).replace(' ', '_').equals("WHOLE_PERIOD")) {
            return Optional.of(WHOLE_PERIOD);
        }
        return DayCounts.of(c).filter(b -> b != DayCounts.PERIODIC).map(OddDays::byDays);
    }

    /** The code written in files. */
    String code();

    /** The stub as whole periods. */
    record WholePeriod() implements OddDays {
        @Override
        public String code() {
            return "WHOLE_PERIOD";
        }
    }

    /** The odd days on a day-count basis. */
    record ByDays(DayCount basis) implements OddDays {
        public ByDays {
            Objects.requireNonNull(basis, "basis");
            if (basis == DayCounts.PERIODIC) {
                throw new IllegalArgumentException("odd days are counted on a day-count basis such as ACT/360, "
                        + "not PERIODIC (which is WHOLE_PERIOD)");
            }
        }

        @Override
        public String code() {
            return basis.code();
        }
    }
}
