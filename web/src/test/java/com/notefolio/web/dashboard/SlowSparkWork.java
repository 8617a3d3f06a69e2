package com.notefolio.web.dashboard;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;

/** A real Spark job that takes long enough to be cancelled in the middle: 200 tasks of 0.2 s each. */
final class SlowSparkWork {

    private SlowSparkWork() {
    }

    static JobWork<Long> job() {
        return context -> context.spark().range(0, 200, 1, 200).as(Encoders.LONG())
                .map((MapFunction<Long, Long>) x -> {
                    Thread.sleep(200);
                    return x;
                }, Encoders.LONG()).count();
    }

    /** Waits until the job's Spark tasks are known, i.e. its Spark job is running. */
    static void awaitSparkTasks(SparkJob<?> job) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (job.progress().tasksTotal() == 0) {
            if (System.nanoTime() > deadline || job.state().finished()) {
                throw new AssertionError("the Spark job did not start: " + job.progress());
            }
            Thread.sleep(50);
        }
    }
}
