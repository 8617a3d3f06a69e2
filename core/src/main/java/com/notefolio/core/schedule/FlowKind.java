package com.notefolio.core.schedule;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a schedule row carries besides its scheduled interest and principal. A resolved schedule has
 * {@link #SCHEDULED} rows, and a note with {@link com.notefolio.core.note.StructureTerms} also the rows of
 * its deferral, capitalized interest, advances and forgiveness; a scenario's rows also mark prepayments,
 * payoffs, defaults, accelerations, recoveries and penalties, each with its own amount column.
 */
public enum FlowKind {
    SCHEDULED,
    PREPAYMENT,
    PAYOFF,
    DEFAULT,
    ACCELERATION,
    RECOVERY,
    PENALTY,
    /** A due date in a deferral: nothing paid, the interest capitalized or carried. */
    DEFERRAL,
    /** Interest added to the balance instead of paid (a deferral's, or paid in kind). */
    CAPITALIZATION,
    /** An advance of a grid note: the holder lends (a negative payment). */
    ADVANCE,
    /** An amount forgiven: the balance falls, paid to the holder by whoever forgives it. */
    FORGIVENESS,
    /** A revolving line's repayment between due dates: the borrower pays principal down, to draw it again. */
    REPAYMENT;

    /** This kind as a bit of a row's flags. */
    public int bit() {
        return 1 << ordinal();
    }

    /**
     * The kinds set in a row's flag bits ({@link Schedule#flags(int)}), straight from the bits: a caller
     * that needs only the kinds need not build the row's {@link SchedulePeriod}.
     */
    public static Set<FlowKind> kindsOf(int flags) {
        EnumSet<FlowKind> set = EnumSet.noneOf(FlowKind.class);
        for (FlowKind k : values()) {
            if ((flags & k.bit()) != 0) {
                set.add(k);
            }
        }
        return set;
    }

    /** The kinds set in {@code flags}, joined with '+', e.g. {@code SCHEDULED+PREPAYMENT}. */
    public static String label(int flags) {
        StringBuilder s = new StringBuilder();
        for (FlowKind k : values()) {
            if ((flags & k.bit()) != 0) {
                if (!s.isEmpty()) {
                    s.append('+');
                }
                s.append(k.name());
            }
        }
        return s.toString();
    }
}
