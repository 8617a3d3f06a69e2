package com.notefolio.web.security;

import com.notefolio.web.view.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.SecuredAuthorizationManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in through Vaadin's Spring Security integration: every view needs an authenticated user unless it
 * says otherwise, roles come from {@code @RolesAllowed} on the views and {@code @Secured} on the services.
 * Added here: the password check throttled and audited ({@link ThrottledSignIn}), sessions ended when their
 * account changes ({@link CurrentAccessFilter}), services deciding on the account's current role
 * ({@link CurrentRoleAuthorization}), a CSRF token on the sign-in form, and a Content-Security-Policy.
 * Chart.js's webjar is public (without that it answers 401 and charts stay blank, see stack.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    /**
     * What pages may load. Vaadin's client runs the server's JavaScript through {@code new Function}
     * ('unsafe-eval'), its bootstrap page carries an inline script and its components and Chart.js set
     * inline styles ('unsafe-inline'); everything else comes from this server only, nothing may frame the
     * application, and forms post only back to it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentAccess access, RequestUtil vaadinRequests,
                                            UserAccounts users, PasswordEncoder encoder, SignInThrottle throttle,
                                            AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/webjars/**").permitAll());
        http.addFilterAfter(new CurrentAccessFilter(access), SecurityContextHolderFilter.class);
        http.authenticationProvider(new ThrottledSignIn(users, encoder, throttle, audit));
        // Vaadin's configurer exempts the sign-in form's POST from CSRF checks; here only Vaadin's own
        // requests are (they carry Vaadin's CSRF token), so the form must send the token that Vaadin puts
        // in the page (meta _csrf) and vaadin-login-form posts along.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * The services' {@code @Secured}, decided by {@link CurrentRoleAuthorization}: the authorities named,
     * held by an account that has not changed since its sign-in.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor securedMethods(ObjectProvider<CurrentAccess> access,
                                  ObjectProvider<SecurityContextHolderStrategy> holder) {
        SecuredAuthorizationManager secured = new SecuredAuthorizationManager();
        secured.setAuthoritiesAuthorizationManager(new CurrentRoleAuthorization(access));
        AuthorizationManagerBeforeMethodInterceptor interceptor = AuthorizationManagerBeforeMethodInterceptor.secured(secured);
        interceptor.setSecurityContextHolderStrategy(new LateStrategy(holder));
        return interceptor;
    }

    /** bcrypt, named in the stored hash ({bcrypt}…) so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * This application's security context strategy (Vaadin's, which finds the context in the session),
     * looked up at the first call: the method interceptor is built before that bean exists.
     */
    private record LateStrategy(ObjectProvider<SecurityContextHolderStrategy> holder)
            implements SecurityContextHolderStrategy {
        @Override
        public void clearContext() {
            holder.getObject().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return holder.getObject().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return holder.getObject().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            holder.getObject().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            holder.getObject().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return holder.getObject().createEmptyContext();
        }
    }
}
