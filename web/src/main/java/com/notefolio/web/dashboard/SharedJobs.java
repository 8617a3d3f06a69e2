package com.notefolio.web.dashboard;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computations in flight, by what they compute (a {@link DashboardKey}, a what-if key): a second request
 * for the same key, from any session, joins the running job instead of starting another, so twenty
 * analysts opening the same dashboard cost one computation. Each session watching a job counts; a job
 * is cancelled only when the last one lets go. A page that goes away (a reload, a closed tab) lets go
 * after a grace period, so the reloaded page finds its job still running and can show and cancel it.
 */
@Component
public class SharedJobs implements DisposableBean {

    /** The owner {@link SparkJobs} files shared jobs under: no one session may cancel them alone. */
    public static final String OWNER = "shared";
    /** How long a page that went away still holds its job: long enough for a reload. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    private final boolean sharing;
    private final Map<Object, Entry> running = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "notefolio-shared-jobs");
        t.setDaemon(true);
        return t;
    });

    /** Shared jobs, unless {@code notefolio.jobs.share-in-flight} is false (benchmarks compare both). */
    @Autowired
    public SharedJobs(@Value("${notefolio.jobs.share-in-flight:true}") boolean sharing) {
        this.sharing = sharing;
    }

    public SharedJobs() {
        this(true);
    }

    private static final class Entry {
        final SparkJob<?> job;
        final Map<String, Integer> watchers = new HashMap<>();

        Entry(SparkJob<?> job) {
            this.job = job;
        }

        boolean live() {
            return !job.state().finished() && !job.cancelRequested();
        }
    }

    /**
     * The running job of {@code key}, joined by {@code owner}; if there is none, the one {@code start}
     * submits (which may throw, e.g. {@link JobsBusyException}).
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> SparkJob<T> join(Object key, String owner, Supplier<SparkJob<T>> start) {
        prune();
        Entry e = sharing ? running.get(key) : null;
        if (e == null || !e.live()) {
            e = new Entry(start.get());
            // Unshared (benchmarks only), each job is filed under a key of its own.
            running.put(sharing ? key : new Object(), e);
        }
        e.watchers.merge(owner, 1, Integer::sum);
        return (SparkJob<T>) e.job;
    }

    /** The running job of {@code key}, joined by {@code owner}; empty when none runs. */
    @SuppressWarnings("unchecked")
    public synchronized <T> Optional<SparkJob<T>> find(Object key, String owner) {
        Entry e = running.get(key);
        if (e == null || !e.live()) {
            return Optional.empty();
        }
        e.watchers.merge(owner, 1, Integer::sum);
        return Optional.of((SparkJob<T>) e.job);
    }

    /** {@code owner} stops watching {@code job}; the job is cancelled if nobody else watches it. */
    public synchronized void leave(SparkJob<?> job, String owner) {
        for (Iterator<Entry> it = running.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.job != job) {
                continue;
            }
            e.watchers.computeIfPresent(owner, (o, n) -> n > 1 ? n - 1 : null);
            if (e.watchers.isEmpty()) {
                it.remove();
                job.cancel();
            }
            return;
        }
        // Not shared (e.g. a finished or cached job): nobody else can be watching it.
        if (!job.state().finished()) {
            job.cancel();
        }
    }

    /** {@link #leave} after {@link #GRACE}: a reload of the page joins again meanwhile and keeps the job. */
    public void leaveSoon(SparkJob<?> job, String owner) {
        timer.schedule(() -> leave(job, owner), GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A session has ended: it watches nothing any more. */
    public synchronized void leaveAll(String owner) {
        for (Iterator<Entry> it = running.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            e.watchers.remove(owner);
            if (e.watchers.isEmpty()) {
                it.remove();
                e.job.cancel();
            }
        }
    }

    /** Jobs in flight with at least one watcher (tests and benchmarks read it). */
    public synchronized int size() {
        prune();
        return running.size();
    }

    private void prune() {
        running.values().removeIf(e -> !e.live());
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
