package com.notefolio.core.portfolio;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The step of a cash-flow ladder: calendar months, quarters or years. */
public enum LadderPeriod {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    LadderPeriod(int months) {
        this.months = months;
    }

    /** The period holding {@code month}, as analysts write it: 2004-07, 2004-Q3, 2004. */
    public String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(month.getYear());
        };
    }

    /** The last calendar month of the period holding {@code month}. */
    public YearMonth lastMonth(YearMonth month) {
        int offset = (month.getMonthValue() - 1) % months;
        return month.plusMonths(months - 1L - offset);
    }

    /**
     * A monthly ladder rolled up to this period: each period's flows are the sums of its months', its
     * closing balance the last of its months' that the ladder has, and its {@code month} the period's last
     * calendar month.
     */
    public List<LadderRow> rollUp(List<LadderRow> monthly) {
        List<LadderRow> out = new ArrayList<>();
        LadderRow acc = null;
        for (LadderRow m : monthly) {
            YearMonth end = lastMonth(m.month());
            if (acc != null && acc.month().equals(end)) {
                acc = new LadderRow(end, acc.interestMinor() + m.interestMinor(), acc.principalMinor() + m.principalMinor(),
                        acc.prepaidMinor() + m.prepaidMinor(), acc.defaultedMinor() + m.defaultedMinor(),
                        acc.recoveryMinor() + m.recoveryMinor(), acc.penaltyMinor() + m.penaltyMinor(),
                        m.closingBalanceMinor(), acc.feeMinor() + m.feeMinor());
            } else {
                if (acc != null) {
                    out.add(acc);
                }
                acc = new LadderRow(end, m.interestMinor(), m.principalMinor(), m.prepaidMinor(), m.defaultedMinor(),
                        m.recoveryMinor(), m.penaltyMinor(), m.closingBalanceMinor(), m.feeMinor());
            }
        }
        if (acc != null) {
            out.add(acc);
        }
        return out;
    }
}
