package dev.zhengzhao.tools.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of one kind of operation, in nanoseconds, with nearest-rank percentiles. */
final class LatencySample {
    private final long[] nanos;
    private final double seconds;

    /** @param seconds the wall time the operations took, for throughput */
    LatencySample(long[] nanos, double seconds) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.seconds = seconds;
    }

    int count() {
        return nanos.length;
    }

    /** The {@code p}th percentile (0 < p ≤ 100) in nanoseconds; 0 for an empty sample. */
    long percentile(double p) {
        if (nanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length, rank) - 1)];
    }

    double opsPerSecond() {
        return seconds <= 0 ? 0 : nanos.length / seconds;
    }

    /** count, p50/p90/p99/max in microseconds, ops/s. */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", nanos.length);
        m.put("p50Micros", micros(percentile(50)));
        m.put("p90Micros", micros(percentile(90)));
        m.put("p99Micros", micros(percentile(99)));
        m.put("maxMicros", micros(percentile(100)));
        m.put("opsPerSecond", BigDecimal.valueOf(opsPerSecond()).setScale(0, RoundingMode.HALF_UP));
        return m;
    }

    static BigDecimal micros(long nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code a / b} to two decimals; 0 when b is 0. */
    static BigDecimal ratio(long a, long b) {
        return b == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
    }
}
