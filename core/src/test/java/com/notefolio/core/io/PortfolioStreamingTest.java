package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.note.NoteTerms;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/** The portfolio reader streams: rows are generated as they are read, and none are held. */
class PortfolioStreamingTest {

    /** Enough rows to show nothing accumulates, few enough to keep the test near a second (~30 µs a row). */
    private static final int ROWS = 50_000;

    /** CSV text made row by row on demand, so the test itself holds no portfolio in memory. */
    private static final class GeneratedPortfolio extends Reader {
        private final StringBuilder pending = new StringBuilder(
                "note_id,principal,annual_rate,issue_date,maturity_date,amortization,day_count\n");
        private int row;
        private int offset;

        @Override
        public int read(char[] buffer, int off, int len) {
            if (offset == pending.length()) {
                if (row == ROWS) {
                    return -1;
                }
                pending.setLength(0);
                offset = 0;
                row++;
                pending.append("N-").append(row).append(',').append(1000 + row % 5000).append(".00,")
                        .append(row % 2 == 0 ? "0.06" : "7.5%").append(",2020-01-15,2025-01-15,")
                        .append(row % 3 == 0 ? "LEVEL_PAYMENT" : "INTEREST_ONLY").append(",ACT/360\n");
            }
            int n = Math.min(len, pending.length() - offset);
            pending.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void fiftyThousandGeneratedRowsStreamThrough() {
        long count;
        long principalSum;
        try (PortfolioCsvReader reader = PortfolioCsvReader.open("generated.csv", new GeneratedPortfolio(),
                StatedSchedules.NONE, null)) {
            long[] sums = new long[2];
            reader.forEachRemaining(p -> {
                sums[0]++;
                sums[1] += NoteTerms.decimal(p.terms().principal()).movePointRight(2).longValueExact();
            });
            count = sums[0];
            principalSum = sums[1];
        }

        assertThat(count).isEqualTo(ROWS);
        long expected = 0;
        for (int row = 1; row <= ROWS; row++) {
            expected += (1000L + row % 5000) * 100;
        }
        assertThat(principalSum).isEqualTo(expected);
    }
}
