package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.web.dashboard.JobProgress.State;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The job runner with the application's Spark session: a running Spark job cancelled by its user ends
 * as cancelled, its Spark tasks stop and its worker is free again; progress counts the group's tasks.
 */
@SpringBootTest
class SparkJobsTest {

    @Autowired
    SparkJobs jobs;
    @Autowired
    SparkEngine engine;

    @Test
    void aCancelledSparkJobEndsCancelledAndFreesItsWorker() throws Exception {
        SparkJob<Long> slow = jobs.submit("owner-a", "ann", "slow", SlowSparkWork.job());
        SlowSparkWork.awaitSparkTasks(slow);
        JobProgress running = slow.progress();
        assertThat(running.state()).isEqualTo(State.RUNNING);
        assertThat(running.tasksTotal()).isEqualTo(200);
        assertThat(running.tasksDone()).isLessThan(200);

        long cancelled = System.nanoTime();
        slow.cancel();

        assertThat(slow.await(Duration.ofSeconds(20))).isTrue();
        assertThat(slow.state()).isEqualTo(State.CANCELLED);
        assertThat(slow.result()).isEmpty();
        // 200 tasks of 0.2 s on this machine's cores would take 20 s or more; cancelled, far less.
        assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(15));
        assertThat(jobs.active("owner-a")).isEmpty();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (engine.session().sparkContext().statusTracker().getActiveJobIds().length > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(engine.session().sparkContext().statusTracker().getActiveJobIds()).isEmpty();

        SparkJob<Long> next = jobs.submit("owner-a", "ann", "quick", c -> c.spark().range(0, 1000).count());
        assertThat(next.await(Duration.ofSeconds(60))).isTrue();
        assertThat(next.result()).contains(1000L);
    }

    @Test
    void aFailureIsReportedWithItsReason() throws Exception {
        SparkJob<Long> failing = jobs.submit("owner-b", "bob", "failing", c -> {
            throw new IllegalStateException("note N-7: maturity before issue");
        });
        assertThat(failing.await(Duration.ofSeconds(30))).isTrue();
        assertThat(failing.progress().state()).isEqualTo(State.FAILED);
        assertThat(failing.progress().error()).isEqualTo("note N-7: maturity before issue");
    }

    /** A runner of one worker and a queue of one, on a session that is never started (no Spark needed). */
    @Test
    void theQueueIsBoundedAndACancelledQueuedJobLeavesIt() throws Exception {
        SparkJobs small = new SparkJobs(new SparkEngine("local[1]", "", 1), 1, 1);
        try {
            CountDownLatch release = new CountDownLatch(1);
            SparkJob<String> running = small.submit("o", "u", "blocking", c -> {
                release.await();
                return "done";
            });
            SparkJob<String> queued = small.submit("o", "u", "queued", c -> "queued");
            assertThatThrownBy(() -> small.submit("o", "u", "one too many", c -> "no"))
                    .isInstanceOf(JobsBusyException.class).hasMessageContaining("try again");

            queued.cancel();
            assertThat(queued.state()).isEqualTo(State.CANCELLED);
            assertThat(queued.await(Duration.ZERO)).isTrue();
            SparkJob<String> another = small.submit("o", "u", "after the cancel", c -> "ran");
            release.countDown();
            assertThat(running.await(Duration.ofSeconds(10))).isTrue();
            assertThat(another.await(Duration.ofSeconds(10))).isTrue();
            assertThat(running.result()).contains("done");
            assertThat(another.result()).contains("ran");
            assertThat(queued.result()).isEmpty();
            assertThat(small.activeCount()).isZero();
        } finally {
            small.destroy();
        }
    }
}
