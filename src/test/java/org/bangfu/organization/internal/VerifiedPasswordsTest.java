package org.bangfu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The memory of confirmed passwords on its own: what it matches, how long, how many. */
class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuR0nLyW3I9x3k0bq6m3s6Jc6y2Qm0Z6a";
    private static final String OTHER_HASH = "$2a$10$zyxwvutsrqponmlkjihgfeR0nLyW3I9x3k0bq6m3s6Jc6y2Qm0Z6a";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));

    @Test
    void confirmsOnlyTheSameUserPasswordAndHash() {
        VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 100);
        assertThat(verified.confirmed("alice", "secret-one", HASH)).isFalse();
        verified.remember("alice", "secret-one", HASH);
        assertThat(verified.confirmed("alice", "secret-one", HASH)).isTrue();
        assertThat(verified.confirmed("alice", "secret-two", HASH)).as("another password").isFalse();
        assertThat(verified.confirmed("alice", "secret-one", OTHER_HASH)).as("the password was changed").isFalse();
        assertThat(verified.confirmed("bob", "secret-one", HASH)).as("another user").isFalse();
        // Lengths are part of the input: moving characters between the parts is another input.
        verified.remember("ab", "c", HASH);
        assertThat(verified.confirmed("ab", "c" + HASH, "")).isFalse();
    }

    @Test
    void anEntryExpiresAfterTheTtlFromItsVerificationAndHitsDoNotExtendIt() {
        VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 100);
        verified.remember("alice", "secret-one", HASH);
        clock.advance(Duration.ofMinutes(4));
        assertThat(verified.confirmed("alice", "secret-one", HASH)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(verified.confirmed("alice", "secret-one", HASH)).isFalse();
        assertThat(verified.size()).isZero();
    }

    @Test
    void forgetDropsTheUsersEntry() {
        VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 100);
        verified.remember("alice", "secret-one", HASH);
        verified.forget("alice");
        assertThat(verified.confirmed("alice", "secret-one", HASH)).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsBoundAndMakesRoomOnlyFromExpiredEntries() {
        VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 3);
        for (String user : new String[] {"a", "b", "c", "d"}) {
            verified.remember(user, "secret", HASH);
        }
        assertThat(verified.size()).isEqualTo(3);
        assertThat(verified.confirmed("d", "secret", HASH)).as("not remembered when full").isFalse();
        assertThat(verified.confirmed("a", "secret", HASH)).isTrue();
        verified.remember("a", "secret", HASH); // a known user is refreshed even when full
        assertThat(verified.size()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(6));
        verified.remember("d", "secret", HASH);
        assertThat(verified.size()).isEqualTo(1);
        assertThat(verified.confirmed("d", "secret", HASH)).isTrue();
    }

    @Test
    void aTtlOfZeroRemembersNothing() {
        VerifiedPasswords off = new VerifiedPasswords(clock, Duration.ZERO, 100);
        off.remember("alice", "secret-one", HASH);
        assertThat(off.confirmed("alice", "secret-one", HASH)).isFalse();
        assertThat(off.size()).isZero();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
