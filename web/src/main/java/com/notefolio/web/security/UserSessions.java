package com.notefolio.web.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open HTTP sessions of this server, so that a user's sessions can be ended at once when an
 * administrator disables them or changes their role or password (issue 17 item 1). Spring Boot registers
 * it as a session listener. Sessions are held as objects, not ids: signing in changes a session's id.
 */
@Component
public class UserSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /**
     * Invalidates every session signed in as {@code username} except {@code keep} (the caller's own, when
     * an administrator sets their own password; may be null); returns how many were ended.
     */
    public int end(String username, HttpSession keep) {
        List<HttpSession> ended = new ArrayList<>();
        for (HttpSession session : sessions) {
            if (session != keep && username.equals(userOf(session))) {
                ended.add(session);
            }
        }
        for (HttpSession session : ended) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // ended meanwhile
            }
            sessions.remove(session);
        }
        return ended.size();
    }

    private static String userOf(HttpSession session) {
        try {
            Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = stored instanceof SecurityContext context ? context.getAuthentication() : null;
            return auth == null ? null : auth.getName();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
