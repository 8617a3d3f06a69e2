package com.notefolio.web.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.server.VaadinSession;

/**
 * Base of browserless view tests (Karibu Testing) inside the Spring application: views get their real
 * services and database. Karibu runs no servlet filter, so the fake request takes its user and roles
 * from Spring Security's context, as Spring's request wrapper does in production; {@link #signIn}
 * puts a user there, with the authorities the real sign-in gives (ADMIN also holds ANALYST).
 */
public abstract class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.notefolio.web");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolderStrategy holder = context.getBean(SecurityContextHolderStrategy.class);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication auth = holder.getContext().getAuthentication();
                    return auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        context.getBean(SecurityContextHolderStrategy.class).clearContext();
    }

    /** Signs in {@code username} with the roles the application gives it ("ADMIN" adds "ANALYST"). */
    protected void signIn(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .flatMap(r -> r.equals("ADMIN") ? java.util.stream.Stream.of("ADMIN", "ANALYST") : java.util.stream.Stream.of(r))
                .distinct().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        // This application's strategy: the static holder names whichever Spring context started last.
        this.context.getBean(SecurityContextHolderStrategy.class).setContext(context);
        // Vaadin's security context strategy reads the context from the HTTP session, where Spring's
        // filter would have saved it at sign-in.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    protected void signOut() {
        VaadinSession.getCurrent().getSession().removeAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        this.context.getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
