package com.notefolio.analytics.job;

import java.io.PrintStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

/**
 * Prints a run's progress to stderr: stages and tasks done and notes computed per second, at most once
 * every two seconds and once at each stage's end. Listener events arrive on Spark's listener thread.
 */
public final class ProgressReporter extends SparkListener {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String command;
    private final LongAccumulator notesDone;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long stagesDone;
    private long tasksDone;
    private long lastPrinted;

    public ProgressReporter(String command, LongAccumulator notesDone, PrintStream out) {
        this.command = command;
        this.notesDone = notesDone;
        this.out = out;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        tasksDone++;
        long now = System.nanoTime();
        if (now - lastPrinted > EVERY_NANOS) {
            print(now);
        }
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
        stagesDone++;
        print(System.nanoTime());
    }

    private void print(long now) {
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        long notes = notesDone.value();
        out.printf("%s: %d stages, %d tasks done; %,d notes computed, %,.0f notes/s (%.1f s)%n", command, stagesDone,
                tasksDone, notes, seconds > 0 ? notes / seconds : 0.0, seconds);
    }
}
