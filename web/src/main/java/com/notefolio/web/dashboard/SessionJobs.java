package com.notefolio.web.dashboard;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Ties jobs to Vaadin sessions: gives each session an owner key for {@link SparkJobs}, and cancels the
 * session's jobs when it ends (sign-out, expiry), so that nobody's abandoned computation holds a worker.
 */
@Component
public class SessionJobs implements VaadinServiceInitListener {

    private static final String OWNER = SessionJobs.class.getName() + ".owner";

    private final SparkJobs jobs;
    private final SharedJobs shared;

    public SessionJobs(SparkJobs jobs, SharedJobs shared) {
        this.jobs = jobs;
        this.shared = shared;
    }

    /** The owner key of {@code session}'s jobs (the caller holds the session's lock, as UI code does). */
    public static String ownerOf(VaadinSession session) {
        Object owner = session.getAttribute(OWNER);
        if (owner == null) {
            owner = UUID.randomUUID().toString();
            session.setAttribute(OWNER, owner);
        }
        return (String) owner;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            Object owner = e.getSession().getAttribute(OWNER);
            if (owner != null) {
                jobs.cancelAll((String) owner);
                shared.leaveAll((String) owner);
            }
        });
    }
}
