package com.notefolio.analytics.job;

/** {@code local[1]}: one executor thread, the portfolio in 2 partitions. */
class LocalOneCoreEqualsCoreTest extends SparkEqualsCoreContract {

    @Override
    String master() {
        return "local[1]";
    }

    @Override
    int[] partitionCounts() {
        return new int[] {2};
    }
}
