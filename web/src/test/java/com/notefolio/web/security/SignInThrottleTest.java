package com.notefolio.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lock-out rules on a clock the test moves: counts, the window, the per-address limit, the bound. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresLockTheNameForFifteenMinutesAfterTheLast() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Bob", "198.51.100.1");
        }
        assertThat(throttle.lockedUntil("bob", "198.51.100.9")).isNull();
        throttle.failed("bob ", "198.51.100.1");
        // Names compare as the user types them: case and surrounding blanks do not give fresh tries.
        assertThat(throttle.lockedUntil("BOB", "198.51.100.9")).isEqualTo(now.plus(Duration.ofMinutes(15)));
        now = now.plus(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.lockedUntil("bob", null)).isNotNull();
        now = now.plusSeconds(1);
        assertThat(throttle.lockedUntil("bob", null)).isNull();
        // The next failure after the window starts a new count.
        throttle.failed("bob", null);
        assertThat(throttle.lockedUntil("bob", null)).isNull();
    }

    @Test
    void aSuccessClearsTheNamesCountButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "198.51.100.2");
        }
        throttle.succeeded("carol");
        throttle.failed("carol", "198.51.100.2");
        assertThat(throttle.lockedUntil("carol", null)).isNull();
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.5")).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.6")).isNull();
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverAddUp() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("dave", null);
            now = now.plus(Duration.ofMinutes(16));
        }
        assertThat(throttle.lockedUntil("dave", null)).isNull();
    }
}
