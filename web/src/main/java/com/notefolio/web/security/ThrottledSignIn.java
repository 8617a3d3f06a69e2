package com.notefolio.web.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the sign-in form, with the lock-out of {@link SignInThrottle} in front of it and
 * every outcome in the {@link AuditTrail}. A locked-out name or address is refused before the password is
 * looked at, so the right password does not get in during the lock-out either. The sign-in page says the
 * same for every refusal (no hint whether a name exists or is locked); the audit trail says which it was.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottledSignIn(UserAccounts users, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Instant until = throttle.lockedUntil(name, address);
        if (until != null) {
            long minutes = Math.max(1, Duration.between(Instant.now(), until).toSeconds() / 60 + 1);
            audit.record(name, AuditAction.SIGN_IN_LOCKED, name, address,
                    "too many failed sign-ins: refused for about " + minutes + " more minute(s)");
            throw new LockedException("Too many failed sign-ins; try again later.");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name);
            audit.record(name, AuditAction.SIGN_IN, name, address, null);
            return signedIn;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(name, address);
            audit.record(name, AuditAction.SIGN_IN_FAILED, name, address,
                    e instanceof DisabledException ? "account disabled" : "wrong user name or password");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
