package nl.aanbodwijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
    private final MovingClock clock = new MovingClock();
    private final VerifiedPasswords recent = new VerifiedPasswords(clock);

    @Test
    void shouldKnowOnlyTheSamePasswordForTheSameStoredHash() {
        recent.remember("coordinator", "correct horse", "$2a$10$first");

        assertThat(recent.known("coordinator", "correct horse", "$2a$10$first")).isTrue();
        assertThat(recent.known("coordinator", "correct horsf", "$2a$10$first")).isFalse();
        assertThat(recent.known("coordinator", "correct horse", "$2a$10$changed"))
                .isFalse();
        assertThat(recent.known("projectleider", "correct horse", "$2a$10$first"))
                .isFalse();
    }

    @Test
    void shouldForgetAPasswordAfterTheTimeItIsKept() {
        recent.remember("coordinator", "correct horse", "$2a$10$first");

        clock.advance(VerifiedPasswords.KEPT.minusSeconds(1));
        assertThat(recent.known("coordinator", "correct horse", "$2a$10$first")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(recent.known("coordinator", "correct horse", "$2a$10$first")).isFalse();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
