package dev.zhengzhao.tools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * An open loop at a fixed total rate: each connection has its own schedule (rate / connections,
 * staggered), sleeps until a request's time, sends it, and records the latency from the
 * <em>scheduled</em> time — so a stalled answer also delays, and is charged to, the requests queued
 * behind it, as a user would see it (no coordinated omission). One platform thread per connection
 * and no hand-off between threads keep the generator's own cost per request small.
 */
final class OpenLoop {
    private OpenLoop() {}

    record Result(double targetPerSecond, double achievedPerSecond, long errors, Latencies latencies) {}

    static Result run(List<? extends Sender> connections, double ratePerSecond, long nanos)
            throws InterruptedException {
        if (ratePerSecond <= 0 || connections.isEmpty()) {
            throw new IllegalArgumentException("an open loop needs a positive rate and at least one connection");
        }
        int n = connections.size();
        long interval = (long) (1e9 * n / ratePerSecond);
        long start = System.nanoTime() + 50_000_000L;
        long end = start + nanos;
        List<Latencies> perConnection = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perConnection.add(new Latencies());
        }
        LongAdder errors = new LongAdder();
        Workers.run(n, i -> {
            Sender connection = connections.get(i);
            Latencies latencies = perConnection.get(i);
            for (long scheduled = start + interval * i / n; scheduled < end; scheduled += interval) {
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    while (System.nanoTime() < scheduled) {
                        LockSupport.parkNanos(scheduled - System.nanoTime());
                    }
                }
                if (connection.send() != 200) {
                    errors.increment();
                }
                latencies.add(System.nanoTime() - scheduled);
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies all = Latencies.merge(perConnection);
        return new Result(ratePerSecond, all.count() / elapsed, errors.sum(), all);
    }
}
