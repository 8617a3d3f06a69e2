package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombinationTest {

    @Test
    void combiningTwoCrcsGivesTheCrcOfTheBytesOneAfterTheOther() {
        // The reference is the JDK's CRC32 run over the concatenation itself.
        Random random = new Random(16);
        for (int[] lengths : new int[][] {{0, 0}, {0, 7}, {7, 0}, {1, 1}, {12, 1}, {3, 255}, {1000, 65_537},
                {300_000, 1_048_577}}) {
            byte[] a = new byte[lengths[0]];
            byte[] b = new byte[lengths[1]];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertThat(Crc32Combination.of(crc(a), crc(b), b.length)).as("%d then %d bytes", a.length, b.length)
                    .isEqualTo(whole.getValue());
        }
    }

    @Test
    void theStandardCheckValueComesOutOfItsTwoHalves() {
        // CRC-32's published check value: CRC of the ASCII "123456789" is 0xCBF43926.
        byte[] head = "1234".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "56789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Crc32Combination.of(crc(head), crc(tail), tail.length)).isEqualTo(0xCBF43926L);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
