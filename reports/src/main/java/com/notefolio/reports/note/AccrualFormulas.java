package com.notefolio.reports.note;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.RoundingRule;

/**
 * Excel formulas of a note's interest conventions: the year fraction between two dates on a day-count basis
 * (as {@link DayCounts} defines each) and an amount rounded to the minor unit by a {@link RoundingRule}. The
 * Assumptions sheet's accrued interest and the Payoff sheet's per-diem are built from them, so the workbook
 * writes each convention once.
 */
final class AccrualFormulas {

    private AccrualFormulas() {
    }

    /**
     * The fraction of a year from {@code s} to {@code a} (formula expressions of dates) on {@code basis}; {@code null}
     * for {@link DayCounts#PERIODIC}, whose fraction is the period's, not the days'.
     */
    static String yearFraction(DayCount basis, String s, String a) {
        if (basis == DayCounts.ACT_360) {
            return "(" + a + "-" + s + ")/360";
        }
        if (basis == DayCounts.ACT_365F) {
            return "(" + a + "-" + s + ")/365";
        }
        if (basis == DayCounts.THIRTY_E_360) {
            return "(360*(YEAR(" + a + ")-YEAR(" + s + "))+30*(MONTH(" + a + ")-MONTH(" + s + "))+MIN(DAY(" + a
                    + "),30)-MIN(DAY(" + s + "),30))/360";
        }
        if (basis == DayCounts.THIRTY_360_US) {
            String startFebEnd = "AND(MONTH(" + s + ")=2,DAY(" + s + "+1)=1)";
            String endFebEnd = "AND(MONTH(" + a + ")=2,DAY(" + a + "+1)=1)";
            String d1 = "IF(OR(" + startFebEnd + ",DAY(" + s + ")=31),30,DAY(" + s + "))";
            String d2 = "IF(AND(" + startFebEnd + "," + endFebEnd + "),30,IF(AND(DAY(" + a + ")=31," + d1
                    + ">=30),30,DAY(" + a + ")))";
            return "(360*(YEAR(" + a + ")-YEAR(" + s + "))+30*(MONTH(" + a + ")-MONTH(" + s + "))+" + d2 + "-" + d1
                    + ")/360";
        }
        if (basis == DayCounts.ACT_ACT_ISDA) {
            String ys = "YEAR(" + s + ")";
            String ya = "YEAR(" + a + ")";
            String daysS = "(DATE(" + ys + "+1,1,1)-DATE(" + ys + ",1,1))";
            String daysA = "(DATE(" + ya + "+1,1,1)-DATE(" + ya + ",1,1))";
            return "IF(" + ys + "=" + ya + ",(" + a + "-" + s + ")/" + daysS + ",(DATE(" + ys + "+1,1,1)-" + s + ")/"
                    + daysS + "+(" + a + "-DATE(" + ya + ",1,1))/" + daysA + "+" + ya + "-" + ys + "-1)";
        }
        return null;
    }

    /** {@code x} (an amount, not negative) rounded to a minor unit of {@code scale} digits by {@code rule}. */
    static String rounded(String x, int scale, RoundingRule rule) {
        String pow = "10^" + scale;
        // In minor units, with the binary noise of the multiplication cleared first.
        String c = "ROUND((" + x + ")*" + pow + ",6)";
        return switch (rule) {
            case HALF_UP -> "ROUND(" + c + ",0)/" + pow;
            case HALF_EVEN -> "IF(" + c + "-INT(" + c + ")=0.5,INT(" + c + ")+MOD(INT(" + c + "),2),ROUND(" + c
                    + ",0))/" + pow;
            case UP -> "ROUNDUP(" + c + ",0)/" + pow;
            case DOWN -> "ROUNDDOWN(" + c + ",0)/" + pow;
        };
    }
}
