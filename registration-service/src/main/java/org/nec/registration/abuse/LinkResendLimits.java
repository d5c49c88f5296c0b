package org.nec.registration.abuse;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How often "resend my link" may send a mail: per e-mail address and per client address, each
 * {@code linkResendsPerHour} an hour. Counted in memory, per instance.
 */
@Component
public class LinkResendLimits {

    private final AbuseProperties properties;
    private final Cache<String, Bucket> perAddress = newCache();
    private final Cache<String, Bucket> perClient = newCache();

    LinkResendLimits(AbuseProperties properties) {
        this.properties = properties;
    }

    /** Counts one resend; false if the client or the address has used up its budget (the client's is spent first). */
    public boolean tryResend(String normalisedEmail, String clientAddress) {
        if (properties.linkResendsPerHour() <= 0) {
            return true;
        }
        return perClient.get(clientAddress, key -> newBucket()).tryConsume(1)
                && perAddress.get(normalisedEmail, key -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        int perHour = properties.linkResendsPerHour();
        return Bucket.builder().addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                .build();
    }

    private static Cache<String, Bucket> newCache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    }
}
