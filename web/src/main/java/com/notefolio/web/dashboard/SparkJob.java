package com.notefolio.web.dashboard;

import com.notefolio.web.dashboard.JobProgress.State;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;

/**
 * One computation run by {@link SparkJobs} for a user: its Spark jobs form one job group named by the
 * job's id (so progress and cancel address exactly them) and run in the user's fair-scheduler pool.
 * Owned by the Vaadin session that started it. Thread-safe: the worker writes, screens read.
 */
public final class SparkJob<T> {

    private static final String POOL = "spark.scheduler.pool";

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String user;
    private final String description;
    private final SparkEngine engine;
    private final Consumer<SparkJob<?>> onFinish;
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String phase = "Waiting for a free worker";
    private volatile boolean cancelRequested;
    private volatile T result;
    private volatile String error;
    private volatile Future<?> future;

    SparkJob(String owner, String user, String description, SparkEngine engine, Consumer<SparkJob<?>> onFinish) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.user = user == null || user.isBlank() ? "anonymous" : user;
        this.description = description;
        this.engine = engine;
        this.onFinish = onFinish;
    }

    /** A job that finished before it started: a result taken from a cache. */
    public static <T> SparkJob<T> done(String owner, String description, T result) {
        SparkJob<T> job = new SparkJob<>(owner, null, description, null, j -> { });
        job.result = result;
        job.phase = "Done";
        job.state.set(State.SUCCEEDED);
        job.finish();
        return job;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String user() {
        return user;
    }

    public String description() {
        return description;
    }

    public State state() {
        return state.get();
    }

    /** The result once the job has succeeded. */
    public Optional<T> result() {
        return Optional.ofNullable(result);
    }

    /** The state, phase and Spark task counts of the job's group now. */
    public JobProgress progress() {
        int done = 0;
        int total = 0;
        if (engine != null && engine.started() && state.get() == State.RUNNING) {
            SparkStatusTracker tracker = engine.session().sparkContext().statusTracker();
            for (int jobId : tracker.getJobIdsForGroup(id)) {
                SparkJobInfo job = tracker.getJobInfo(jobId).getOrElse(() -> null);
                if (job == null) {
                    continue;
                }
                for (int stageId : job.stageIds()) {
                    SparkStageInfo stage = tracker.getStageInfo(stageId).getOrElse(() -> null);
                    if (stage != null) {
                        done += stage.numCompletedTasks();
                        total += stage.numTasks();
                    }
                }
            }
        }
        return new JobProgress(state.get(), phase, done, total, error);
    }

    /**
     * Asks the job to stop: a queued job never starts; a running one has its Spark jobs cancelled (their
     * tasks interrupted) and stops at its next check. The worker thread itself is not interrupted: an
     * interrupt in the middle of a database read can close the connection (or H2's file) under it.
     */
    public void cancel() {
        cancelRequested = true;
        if (state.compareAndSet(State.QUEUED, State.CANCELLED)) {
            phase = "Cancelled";
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
            finish();
            return;
        }
        if (engine != null && state.get() == State.RUNNING) {
            engine.cancelGroup(id);
        }
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    /** Waits until the job has finished, at most {@code timeout}; whether it has. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void started(Future<?> f) {
        future = f;
    }

    /** Runs the work on the calling (worker) thread, unless the job was cancelled while queued. */
    void run(JobWork<T> work) {
        if (!state.compareAndSet(State.QUEUED, State.RUNNING)) {
            return;
        }
        phase = "Starting";
        Context context = new Context();
        try {
            context.checkCancelled();
            T value = work.run(context);
            context.checkCancelled();
            result = value;
            phase = "Done";
            state.set(State.SUCCEEDED);
        } catch (Throwable t) {
            if (cancelRequested) {
                phase = "Cancelled";
                state.set(State.CANCELLED);
            } else {
                error = reason(t);
                phase = "Failed";
                state.set(State.FAILED);
            }
        } finally {
            context.leaveSpark();
            finish();
        }
    }

    /** Off the active list first, then released: whoever awaited the job sees it gone from the list. */
    private void finish() {
        onFinish.accept(this);
        finished.countDown();
    }

    /** The deepest message of a failure: Spark wraps the core's refusal of a note in several layers. */
    private static String reason(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** What the work sees of its job: the Spark session (in the job's group and pool), phases, cancel. */
    public final class Context {

        private SparkContext spark;

        /** The Spark session, started if need be, with this thread's jobs in the job's group and pool. */
        public SparkSession spark() {
            if (spark == null) {
                if (!engine.started()) {
                    phase("Starting Spark");
                }
                SparkSession session = engine.session();
                spark = session.sparkContext();
                spark.setJobGroup(id, description, true);
                spark.setLocalProperty(POOL, user);
                checkCancelled();
            }
            return engine.session();
        }

        public void phase(String text) {
            phase = text;
        }

        /** Throws {@link CancellationException} once the job has been asked to stop. */
        public void checkCancelled() {
            if (cancelRequested) {
                throw new CancellationException("cancelled");
            }
        }

        /** Whether the job has been asked to stop. */
        public boolean cancelled() {
            return cancelRequested;
        }

        /** Workers are reused: the next job must not inherit this one's group or pool. */
        void leaveSpark() {
            if (spark != null) {
                spark.clearJobGroup();
                spark.setLocalProperty(POOL, null);
            }
        }
    }
}
