package com.notefolio.reports.workbook;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the second's length, as
 * zlib's {@code crc32_combine} computes it: appending n zero bytes to a CRC register is a linear map over
 * GF(2), raised to the n-th power by repeated squaring of the one-bit shift matrix. A workbook uses it to
 * give a zip entry the CRC of a sheet's opening XML, its rows (whose CRC was taken while they were deflated)
 * and its closing XML without reading the rows again.
 */
final class Crc32Combination {

    /** The CRC-32 polynomial, reflected (as java.util.zip.CRC32 and zip use it). */
    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32Combination() {
    }

    /** The CRC-32 of A followed by B, given CRC-32(A), CRC-32(B) and B's length in bytes. */
    static long of(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = POLYNOMIAL;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long length = lengthB;
        // Each pass applies the operator for one more doubling of zero bytes: one byte (8 bits) first.
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return (crc ^ crcB) & 0xFFFFFFFFL;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        int i = 0;
        while (vector != 0) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
            vector >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
