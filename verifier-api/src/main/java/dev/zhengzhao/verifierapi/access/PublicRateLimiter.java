package dev.zhengzhao.verifierapi.access;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Token buckets per public client address. With Redis, the buckets are shared by every node
 * (bucket4j on Lettuce); without, they live in this process. If Redis fails, the public is served
 * rather than refused: the limit protects capacity, it is not an access control.
 */
public final class PublicRateLimiter {
    private final Function<String, Bucket> bucketFor;

    public PublicRateLimiter(Function<String, Bucket> bucketFor) {
        this.bucketFor = bucketFor;
    }

    public static BucketConfiguration perMinute(int requests) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillGreedy(requests, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /** Buckets in this process, bounded in number. */
    public static PublicRateLimiter local(int requestsPerMinute) {
        BucketConfiguration config = perMinute(requestsPerMinute);
        ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
        return new PublicRateLimiter(address -> {
            if (buckets.size() > 100_000) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(
                    address,
                    a -> Bucket.builder().addLimit(config.getBandwidths()[0]).build());
        });
    }

    public void acquire(String clientAddress) {
        boolean allowed;
        try {
            allowed = bucketFor.apply("zz:rate:" + clientAddress).tryConsume(1);
        } catch (RuntimeException redisDown) {
            return;
        }
        if (!allowed) {
            throw new ZhengzhaoException(ErrorCode.RATE_LIMITED, "too many requests from this address; wait a minute");
        }
    }
}
