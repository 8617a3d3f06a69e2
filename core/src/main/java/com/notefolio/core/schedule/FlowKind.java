package com.notefolio.core.schedule;

/**
 * What a schedule row carries besides its scheduled interest and principal. A resolved schedule has
 * only {@link #SCHEDULED} rows; a scenario's rows also mark prepayments, payoffs, defaults, accelerations,
 * recoveries and penalties, each with its own amount column.
 */
public enum FlowKind {
    SCHEDULED,
    PREPAYMENT,
    PAYOFF,
    DEFAULT,
    ACCELERATION,
    RECOVERY,
    PENALTY;

    /** This kind as a bit of a row's flags. */
    public int bit() {
        return 1 << ordinal();
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
