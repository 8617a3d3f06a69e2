package com.notefolio.analytics.job;

/** {@code local[2]}, the portfolio in 3 and in 8 partitions. */
class LocalTwoCoresEqualsCoreTest extends SparkEqualsCoreContract {

    @Override
    String master() {
        return "local[2]";
    }

    @Override
    int[] partitionCounts() {
        return new int[] {3, 8};
    }
}
