package com.notefolio.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.dashboard.JobProgress.State;
import com.notefolio.web.testing.KaribuViews;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A Vaadin session that ends (expiry, sign-out) takes its running jobs with it, and only its own. */
@SpringBootTest
class SessionJobsTest extends KaribuViews {

    @Autowired
    SparkJobs jobs;

    @Test
    void theEndOfASessionCancelsItsJobs() throws Exception {
        signIn("ann", "ANALYST");
        VaadinSession session = VaadinSession.getCurrent();
        String owner = SessionJobs.ownerOf(session);
        assertThat(SessionJobs.ownerOf(session)).isEqualTo(owner);
        SparkJob<Long> mine = jobs.submit(owner, "ann", "slow", SlowSparkWork.job());
        SparkJob<String> someoneElses = jobs.submit("another session", "bob", "waiting", c -> {
            while (!c.cancelled()) {
                Thread.sleep(20);
            }
            return "stopped";
        });
        SlowSparkWork.awaitSparkTasks(mine);

        // As the servlet container's expiry does it: on another thread, the session's lock free.
        VaadinService service = VaadinService.getCurrent();
        session.unlock();
        try {
            Thread expiry = new Thread(() -> service.fireSessionDestroy(session));
            expiry.start();
            expiry.join();
        } finally {
            session.lock();
        }

        assertThat(mine.await(Duration.ofSeconds(20))).isTrue();
        assertThat(mine.state()).isEqualTo(State.CANCELLED);
        assertThat(someoneElses.state()).isEqualTo(State.RUNNING);
        someoneElses.cancel();
        assertThat(someoneElses.await(Duration.ofSeconds(10))).isTrue();
    }
}
