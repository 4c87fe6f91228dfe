package dev.zhengzhao.tools.load;

import java.util.concurrent.atomic.LongAdder;

/** Closed loops: each worker starts its next operation when the last one ends. */
final class ClosedLoop {
    private ClosedLoop() {}

    record Result(long requests, long errors, double requestsPerSecond, double p50Ms, double p99Ms) {}

    /** Operations per second of {@code work} on {@code threads} threads for {@code nanos}. */
    static double inProcess(int threads, long nanos, Runnable work) throws InterruptedException {
        LongAdder done = new LongAdder();
        long start = System.nanoTime();
        long end = start + nanos;
        Workers.run(threads, i -> {
            while (System.nanoTime() < end) {
                work.run();
                done.increment();
            }
        });
        return done.sum() / ((System.nanoTime() - start) / 1e9);
    }
}
