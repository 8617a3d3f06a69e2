package com.notefolio.web.dashboard;

/**
 * A snapshot of a job for the screen: its state, the phase it is in (in words), the Spark tasks done and
 * in all of its group's stages so far (0 of 0 outside Spark), and the reason it failed.
 */
public record JobProgress(State state, String phase, int tasksDone, int tasksTotal, String error) {

    /** Where a job is in its life. */
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** Tasks done ÷ tasks known, or −1 when no Spark task is known yet (an indeterminate bar). */
    public double fraction() {
        return tasksTotal == 0 ? -1 : (double) tasksDone / tasksTotal;
    }
}
