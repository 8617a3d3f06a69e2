package com.notefolio.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, at its next request, a session whose account changed since it signed in (demoted, disabled,
 * password set: {@link CurrentAccess}). The request then goes on as an anonymous one, so a reload lands on
 * the sign-in page and a Vaadin request finds its session gone. It runs right after the security context
 * is attached to the request and before anything reads it.
 */
final class CurrentAccessFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentAccessFilter.class);

    private final CurrentAccess access;

    CurrentAccessFilter(CurrentAccess access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object stored = attribute(session);
            if (stored instanceof SecurityContext context && !access.isCurrent(context.getAuthentication())) {
                LOG.info("Ended a session of {}: the account changed since it signed in.",
                        context.getAuthentication().getName());
                invalidate(session);
            }
        }
        chain.doFilter(request, response);
    }

    private static Object attribute(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException alreadyInvalidated) {
            return null;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile by UserSessions: the same outcome
        }
    }
}
