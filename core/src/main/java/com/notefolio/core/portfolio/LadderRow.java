package com.notefolio.core.portfolio;

import java.time.YearMonth;

/**
 * One month of a cash-flow ladder, in minor units: interest, scheduled principal, prepayments, defaulted
 * principal (no cash), recoveries, penalties and fees (a revolving line's commitment fee) due in the month,
 * their cash total, and the projected outstanding balance at the month's end.
 */
public record LadderRow(YearMonth month, long interestMinor, long principalMinor, long prepaidMinor,
                        long defaultedMinor, long recoveryMinor, long penaltyMinor, long closingBalanceMinor,
                        long feeMinor) {

    /** A month without fees. */
    public LadderRow(YearMonth month, long interestMinor, long principalMinor, long prepaidMinor, long defaultedMinor,
                     long recoveryMinor, long penaltyMinor, long closingBalanceMinor) {
        this(month, interestMinor, principalMinor, prepaidMinor, defaultedMinor, recoveryMinor, penaltyMinor,
                closingBalanceMinor, 0);
    }

    /** Cash received in the month: interest + principal + prepaid + recovery + penalty + fee. */
    public long totalMinor() {
        return interestMinor + principalMinor + prepaidMinor + recoveryMinor + penaltyMinor + feeMinor;
    }
}
