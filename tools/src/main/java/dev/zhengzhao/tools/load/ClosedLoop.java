package dev.zhengzhao.tools.load;

import java.util.ArrayList;
import java.util.List;
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

    /** Every client sends back to back for {@code nanos}. */
    static Result http(List<? extends Sender> clients, long nanos) throws InterruptedException {
        List<Latencies> perClient = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            perClient.add(new Latencies());
        }
        LongAdder errors = new LongAdder();
        long start = System.nanoTime();
        long end = start + nanos;
        Workers.run(clients.size(), i -> {
            Sender client = clients.get(i);
            Latencies latencies = perClient.get(i);
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                if (client.send() != 200) {
                    errors.increment();
                }
                latencies.add(System.nanoTime() - t0);
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies all = Latencies.merge(perClient);
        return new Result(all.count(), errors.sum(), all.count() / elapsed, all.millis(0.50), all.millis(0.99));
    }
}
