package com.notefolio.web.dashboard;

/** What a {@link SparkJob} computes, given its context (Spark session, phases, cancellation). */
@FunctionalInterface
public interface JobWork<T> {

    T run(SparkJob.Context context) throws Exception;
}
