package nl.aanbodwijzer.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import nl.aanbodwijzer.system.DomainException.Throttled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down and then locks password guessing, per account and per client address. Each failed
 * sign-in takes a token from both buckets: an account may fail 5 times at once, then once every 30
 * seconds, and is locked once it failed 20 times within 15 minutes; an address gets six times as
 * much, since several people may share one. While a bucket is empty even the right password is
 * refused. The buckets live in this node's memory (at most 100,000 of each, dropped an hour after
 * their last use): a restart forgets them, and each node of a cluster counts for itself.
 */
@Singleton
class SignInThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final Cache<String, Bucket> accounts = buckets();
    private final Cache<String, Bucket> addresses = buckets();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Throws {@link Throttled} when this account or address must wait before it may try again. */
    void check(String username, String address) {
        Duration wait = max(wait(accounts.getIfPresent(username)), wait(addresses.getIfPresent(address)));
        if (!wait.isZero()) {
            throw new Throttled(
                    "Too many failed sign-ins for this account or address; try again in "
                            + Math.max(1, wait.toSeconds()) + " seconds.",
                    wait);
        }
    }

    void failed(String username, String address) {
        take(accounts, username, () -> bucket(1), "account " + username);
        take(addresses, address, () -> bucket(6), "address " + address);
    }

    /** The right password ends the account's run of failures (not the address's). */
    void succeeded(String username) {
        accounts.invalidate(username);
    }

    /** Until when the account may not sign in, for administrators; empty when it may. */
    Optional<Instant> blockedUntil(String username) {
        Duration wait = wait(accounts.getIfPresent(username));
        return wait.isZero() ? Optional.empty() : Optional.of(clock.instant().plus(wait));
    }

    private static void take(Cache<String, Bucket> cache, String key, Supplier<Bucket> fresh, String who) {
        Bucket bucket = cache.get(key, ignored -> fresh.get());
        bucket.tryConsume(1);
        if (bucket.getAvailableTokens() == 0) {
            LOG.warn(
                    "Sign-in for {} paused {} s after repeated failures",
                    who,
                    wait(bucket).toSeconds());
        }
    }

    private static Bucket bucket(int scale) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(5L * scale).refillGreedy(scale, Duration.ofSeconds(30)))
                .addLimit(limit -> limit.capacity(20L * scale).refillIntervally(20L * scale, Duration.ofMinutes(15)))
                .build();
    }

    private static Duration wait(Bucket bucket) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }
}
