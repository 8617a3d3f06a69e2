package com.notefolio.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing (OWASP ASVS 5.0 V6.3.1, documented in web/README.md as V6.1.1 asks): after
 * {@code notefolio.sign-in.max-failures} failed sign-ins in a row for one account name, that name is
 * refused for {@code notefolio.sign-in.lock-out} whatever the password; one client address is refused for
 * the same time after {@code notefolio.sign-in.max-address-failures} failures (many names tried from one
 * place: credential stuffing). A lock-out ends by itself, so a guesser can delay a user but not lock them
 * out for good; a successful sign-in clears the account's count. Counts are kept in memory (one server);
 * the number of names and addresses tracked is bounded ({@value #MAX_TRACKED} each), so a flood of made-up
 * names cannot exhaust memory.
 */
@Component
public class SignInThrottle {

    /** Most names and addresses tracked at once; past it, entries that have cooled down are dropped. */
    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration lockOut;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Autowired
    public SignInThrottle(@Value("${notefolio.sign-in.max-failures:5}") int maxFailures,
                          @Value("${notefolio.sign-in.max-address-failures:20}") int maxAddressFailures,
                          @Value("${notefolio.sign-in.lock-out:15m}") Duration lockOut) {
        this(maxFailures, maxAddressFailures, lockOut, Clock.systemUTC());
    }

    SignInThrottle(int maxFailures, int maxAddressFailures, Duration lockOut, Clock clock) {
        if (maxFailures < 1 || maxAddressFailures < 1 || lockOut.isNegative() || lockOut.isZero()) {
            throw new IllegalArgumentException("notefolio.sign-in.max-failures and max-address-failures must be "
                    + "at least 1 and lock-out positive, not " + maxFailures + ", " + maxAddressFailures + ", " + lockOut);
        }
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.lockOut = lockOut;
        this.clock = clock;
    }

    /** When the lock-out of this name or address ends, or null when a sign-in may be tried now. */
    public Instant lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = until(accounts.get(key(username)), maxFailures, now);
        Instant place = address == null ? null : until(addresses.get(address), maxAddressFailures, now);
        if (account == null) {
            return place;
        }
        return place == null || account.isAfter(place) ? account : place;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accounts, key(username), now);
        if (address != null) {
            count(addresses, address, now);
        }
    }

    /** A right password clears the account's count; the address keeps its own (it may be guessing others). */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Instant until(Failures failures, int max, Instant now) {
        if (failures == null || failures.count < max) {
            return null;
        }
        Instant end = failures.last.plus(lockOut);
        return end.isAfter(now) ? end : null;
    }

    /**
     * Counts a failure. A count whose last failure is older than the lock-out window starts again, so
     * failures spread thinly over days never add up to a lock-out.
     */
    private void count(Map<String, Failures> map, String key, Instant now) {
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(f -> !f.last.plus(lockOut).isAfter(now));
            if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
                // Still full of fresh entries: the address limit goes on guarding; memory stays bounded.
                return;
            }
        }
        map.compute(key, (k, f) -> f == null || !f.last.plus(lockOut).isAfter(now)
                ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // No account name is longer (UserAccounts): a longer one is kept as its beginning.
        return key.length() <= 100 ? key : key.substring(0, 100);
    }

    private record Failures(int count, Instant last) {
    }
}
