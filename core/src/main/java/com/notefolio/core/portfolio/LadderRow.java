package com.notefolio.core.portfolio;

import java.time.YearMonth;

/**
 * One month of a cash-flow ladder, in minor units: interest, scheduled principal, prepayments, defaulted
 * principal (no cash), recoveries and penalties due in the month, their cash total, and the projected
 * outstanding balance at the month's end.
 */
public record LadderRow(YearMonth month, long interestMinor, long principalMinor, long prepaidMinor,
                        long defaultedMinor, long recoveryMinor, long penaltyMinor, long closingBalanceMinor) {

    /** Cash received in the month: interest + principal + prepaid + recovery + penalty. */
    public long totalMinor() {
        return interestMinor + principalMinor + prepaidMinor + recoveryMinor + penaltyMinor;
    }
}
