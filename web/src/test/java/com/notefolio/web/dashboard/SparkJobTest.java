package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.dashboard.JobProgress.State;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A job's end as its waiters see it: whoever {@link SparkJob#await}ed a job and is released finds it off
 * the active list ({@link SparkJobs} removes it there in the job's finish callback). No Spark needed.
 *
 * <p>The race is made deterministic instead of waited for: the finish callback checks whether waiters
 * have already been released before the job left the list, and if so holds the job on the list until
 * the waiter has looked, which is the interleaving that failed {@code SparkJobsTest} now and then.
 */
class SparkJobTest {

    @Test
    void aWaiterReleasedWhenTheJobEndsNeverSeesItStillActive() throws Exception {
        ActiveList active = new ActiveList();
        SparkJob<String> job = new SparkJob<>("owner", "ann", "quick", null, active);
        active.add(job);
        Waiter waiter = Waiter.on(job, active);

        job.run(context -> "done");

        assertThat(waiter.sawJobActive()).isFalse();
        assertThat(job.state()).isEqualTo(State.SUCCEEDED);
        assertThat(job.result()).contains("done");
    }

    @Test
    void aWaiterOfAJobCancelledWhileQueuedNeverSeesItStillActive() throws Exception {
        ActiveList active = new ActiveList();
        SparkJob<String> job = new SparkJob<>("owner", "ann", "queued", null, active);
        active.add(job);
        Waiter waiter = Waiter.on(job, active);

        job.cancel();

        assertThat(waiter.sawJobActive()).isFalse();
        assertThat(job.state()).isEqualTo(State.CANCELLED);
    }

    /** SparkJobs' active list, as its finish callback keeps it; holds a released job until a waiter looked. */
    private static final class ActiveList implements Consumer<SparkJob<?>> {
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final CountDownLatch looked = new CountDownLatch(1);

        void add(SparkJob<?> job) {
            ids.add(job.id());
        }

        @Override
        public void accept(SparkJob<?> job) {
            try {
                if (job.await(Duration.ZERO)) {
                    // Waiters were released before the job left the list: let one look at the list now.
                    looked.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ids.remove(job.id());
        }
    }

    /** A thread that awaits the job and, once released, looks whether the job is still on the list. */
    private static final class Waiter {
        final AtomicBoolean sawActive = new AtomicBoolean();
        final AtomicBoolean released = new AtomicBoolean();
        final Thread thread;

        private Waiter(SparkJob<?> job, ActiveList active) {
            thread = new Thread(() -> {
                try {
                    if (job.await(Duration.ofSeconds(20))) {
                        released.set(true);
                        sawActive.set(active.ids.contains(job.id()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    active.looked.countDown();
                }
            }, "waiter");
        }

        static Waiter on(SparkJob<?> job, ActiveList active) {
            Waiter w = new Waiter(job, active);
            w.thread.start();
            return w;
        }

        boolean sawJobActive() throws InterruptedException {
            thread.join(30_000);
            assertThat(released).as("the waiter was released").isTrue();
            return sawActive.get();
        }
    }
}
