package com.notefolio.web.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs users' Spark computations off the request threads, on a fixed number of workers with a bounded
 * queue: more requests than that are refused with a message rather than piling up. Each job belongs to
 * an owner (the Vaadin session that started it, see {@link SessionJobs}), which can cancel it; all of an
 * owner's jobs are cancelled when the session ends.
 */
@Service
public class SparkJobs implements DisposableBean {

    private final SparkEngine engine;
    private final ThreadPoolExecutor workers;
    private final Map<String, SparkJob<?>> active = new ConcurrentHashMap<>();

    public SparkJobs(SparkEngine engine, @Value("${notefolio.jobs.workers:2}") int workers,
                     @Value("${notefolio.jobs.queue:16}") int queue) {
        this.engine = engine;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "notefolio-job-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Queues {@code work} for {@code owner}, to run in {@code user}'s fair-share pool.
     *
     * @throws JobsBusyException when every worker is busy and the queue is full
     */
    public <T> SparkJob<T> submit(String owner, String user, String description, JobWork<T> work) {
        SparkJob<T> job = new SparkJob<>(owner, user, description, engine, j -> {
            active.remove(j.id());
            // A job cancelled while queued leaves its slot in the queue only when purged.
            workers.purge();
        });
        active.put(job.id(), job);
        try {
            job.started(workers.submit(() -> job.run(work)));
        } catch (RejectedExecutionException e) {
            active.remove(job.id());
            throw new JobsBusyException("The server is busy with " + active.size()
                    + " computations; please try again in a moment.");
        }
        return job;
    }

    /** The owner's jobs that have not finished. */
    public List<SparkJob<?>> active(String owner) {
        return active.values().stream().filter(j -> j.owner().equals(owner)).toList();
    }

    /** Cancels every unfinished job of {@code owner}. */
    public void cancelAll(String owner) {
        active(owner).forEach(SparkJob::cancel);
    }

    /** Jobs queued or running, of every owner. */
    public int activeCount() {
        return active.size();
    }

    @Override
    public void destroy() {
        active.values().forEach(SparkJob::cancel);
        workers.shutdownNow();
    }
}
