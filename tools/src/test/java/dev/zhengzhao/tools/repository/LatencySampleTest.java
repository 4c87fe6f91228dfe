package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LatencySampleTest {
    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000L; // 1..100 µs, unsorted
        }
        LatencySample sample = new LatencySample(nanos, 0.5);

        assertEquals(50_000, sample.percentile(50));
        assertEquals(99_000, sample.percentile(99));
        assertEquals(100_000, sample.percentile(100));
        assertEquals(200.0, sample.opsPerSecond());
        assertEquals(new BigDecimal("50.0"), sample.summary().get("p50Micros"));
    }

    @Test
    void emptySampleIsZeroNotAnError() {
        LatencySample sample = new LatencySample(new long[0], 0);

        assertEquals(0, sample.percentile(99));
        assertEquals(0.0, sample.opsPerSecond());
    }

    @Test
    void ratioIsTwoDecimals() {
        assertEquals(new BigDecimal("3.33"), LatencySample.ratio(10, 3));
        assertEquals(BigDecimal.ZERO, LatencySample.ratio(1, 0));
    }
}
