package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Identical computations in flight are one job; it stops only when the last session lets go. */
class SharedJobsTest {

    private final SparkJobs jobs = new SparkJobs(null, 1, 4);
    private final SharedJobs shared = new SharedJobs();
    private final AtomicInteger started = new AtomicInteger();

    @AfterEach
    void stop() {
        jobs.destroy();
        shared.destroy();
    }

    private SparkJob<Integer> open(String key, String owner) {
        return shared.join(key, owner, () -> {
            started.incrementAndGet();
            return jobs.submit(SharedJobs.OWNER, owner, key, context -> {
                while (!context.cancelled()) {
                    Thread.sleep(10);
                }
                return 1;
            });
        });
    }

    @Test
    void twoSessionsAskingForTheSameComputationShareOneJob() {
        SparkJob<Integer> first = open("dashboard 1", "session A");
        SparkJob<Integer> second = open("dashboard 1", "session B");
        assertThat(second).isSameAs(first);
        assertThat(started).hasValue(1);
        assertThat(jobs.activeCount()).isEqualTo(1);
        assertThat(open("dashboard 2", "session B")).isNotSameAs(first);
        assertThat(started).hasValue(2);
    }

    @Test
    void theJobIsCancelledOnlyWhenTheLastWatcherLeaves() throws Exception {
        SparkJob<Integer> job = open("dashboard 1", "session A");
        open("dashboard 1", "session B");
        shared.leave(job, "session A");
        assertThat(job.cancelRequested()).as("B still waits for it").isFalse();
        shared.leave(job, "session B");
        assertThat(job.cancelRequested()).isTrue();
        assertThat(job.await(Duration.ofSeconds(10))).isTrue();
        assertThat(job.state()).isEqualTo(JobProgress.State.CANCELLED);
        // Asked again after the cancel: a new computation, not the cancelled one.
        assertThat(open("dashboard 1", "session A")).isNotSameAs(job);
    }

    @Test
    void aReloadJoinsAgainBeforeTheClosedPageLetsGo() {
        SparkJob<Integer> job = open("what-if 1", "session A");
        // The reloaded page joins (same session), then the closed page's delayed leave arrives.
        assertThat(shared.<Integer>find("what-if 1", "session A")).containsSame(job);
        shared.leave(job, "session A");
        assertThat(job.cancelRequested()).isFalse();
        shared.leaveAll("session A");
        assertThat(job.cancelRequested()).isTrue();
        assertThat(shared.find("what-if 1", "session A")).isEmpty();
    }
}
