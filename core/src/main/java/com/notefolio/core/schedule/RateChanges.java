package com.notefolio.core.schedule;

import java.util.Arrays;

/**
 * Where a resolved schedule's rate changed inside a period — a floating rate resetting on its reset date
 * ({@link com.notefolio.core.note.RateTerms.Floating.ResetTiming#ON_RESET_DATE}) — so that accrued interest
 * and scenarios charge a straddling period as the resolver did. Row {@code i}'s changes are
 * {@code day[k]}, {@code rateBefore[k]} for {@code k} in {@code rowStart[i]} (inclusive) to
 * {@code rowStart[i + 1]}: on {@code day[k]} the rate changes from {@code rateBefore[k]} (unscaled at
 * {@link PeriodRates#SCALE}); after the row's last change it is the row's own rate ({@link Schedule#rate}).
 * Only a schedule with such a change holds one, so other notes carry nothing for it.
 */
final class RateChanges {

    private final int[] rowStart;
    private final int[] day;
    private final long[] rateBefore;

    private RateChanges(int[] rowStart, int[] day, long[] rateBefore) {
        this.rowStart = rowStart;
        this.day = day;
        this.rateBefore = rateBefore;
    }

    /** Whether row {@code i}'s rate changes inside its period. */
    boolean within(int i) {
        return rowStart[i + 1] > rowStart[i];
    }

    /**
     * Fills row {@code i}'s segments — {@code bounds} (from {@code start} to {@code end}) and the rate of each —
     * its last at {@code rowRate}, and returns their number.
     */
    int segments(int i, int start, int end, long rowRate, int[] bounds, long[] rates) {
        int from = rowStart[i];
        int count = rowStart[i + 1] - from;
        bounds[0] = start;
        for (int k = 0; k < count; k++) {
            rates[k] = rateBefore[from + k];
            bounds[k + 1] = day[from + k];
        }
        rates[count] = rowRate;
        bounds[count + 1] = end;
        return count + 1;
    }

    /** Segment arrays large enough for any row. */
    int maxSegments() {
        int max = 0;
        for (int i = 0; i + 1 < rowStart.length; i++) {
            max = Math.max(max, rowStart[i + 1] - rowStart[i]);
        }
        return max + 1;
    }

    /** The rate in force on {@code epochDay} inside row {@code i} (changes on or before that day applied). */
    long rateOn(int i, int epochDay, long rowRate) {
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            if (epochDay < day[k]) {
                return rateBefore[k];
            }
        }
        return rowRate;
    }

    /** The changes of the first {@code rows} rows (a schedule retired early). */
    RateChanges firstRows(int rows) {
        int changes = rowStart[rows];
        return new RateChanges(Arrays.copyOf(rowStart, rows + 1), Arrays.copyOf(day, changes),
                Arrays.copyOf(rateBefore, changes));
    }

    /** Collects the changes row by row, in order, as the resolver meets them. */
    static final class Builder {
        private final int[] rowStart;
        private int[] day = new int[8];
        private long[] rateBefore = new long[8];
        private int size;
        private int row;

        Builder(int rows) {
            rowStart = new int[rows + 1];
        }

        /** In row {@code i}, on {@code epochDay}, the rate changes from {@code before}. */
        void add(int i, int epochDay, long before) {
            close(i);
            if (size == day.length) {
                day = Arrays.copyOf(day, 2 * size);
                rateBefore = Arrays.copyOf(rateBefore, 2 * size);
            }
            day[size] = epochDay;
            rateBefore[size++] = before;
        }

        private void close(int upTo) {
            while (row < upTo) {
                rowStart[++row] = size;
            }
        }

        RateChanges build() {
            close(rowStart.length - 1);
            return new RateChanges(rowStart, Arrays.copyOf(day, size), Arrays.copyOf(rateBefore, size));
        }
    }
}
