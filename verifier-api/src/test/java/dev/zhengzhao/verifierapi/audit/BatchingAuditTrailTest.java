package dev.zhengzhao.verifierapi.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.port.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchingAuditTrailTest {
    /** An in-memory store that remembers each batch and can fail its first writes. */
    static final class Store implements AuditTrail {
        final List<Entry> entries = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();
        /** While set and closed, writes wait for it: a database that does not answer. */
        volatile java.util.concurrent.CountDownLatch gate;

        @Override
        public synchronized void record(Entry entry) {
            recordAll(List.of(entry));
        }

        @Override
        public synchronized void recordAll(List<Entry> batch) {
            java.util.concurrent.CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
            }
            entries.addAll(batch);
            batchSizes.add(batch.size());
        }

        @Override
        public synchronized List<Entry> about(String licenceId, int limit) {
            return entries.stream()
                    .filter(e -> licenceId.equals(e.licenceId()))
                    .limit(limit)
                    .toList();
        }
    }

    private static AuditTrail.Entry entry(String licence, int i) {
        return new AuditTrail.Entry(Instant.EPOCH.plusSeconds(i), "hall", "HALL", "VERIFY_QR", licence, "VALID", null);
    }

    @Test
    void entriesArrivingTogetherShareOneWrite() throws InterruptedException {
        Store store = new Store();
        try (BatchingAuditTrail audit = new BatchingAuditTrail(store, 10_000)) {
            // two producers, each an entry every ~0.1 ms: without gathering each write took one or two
            List<Thread> producers = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                int base = p * 1000;
                producers.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 1000; i++) {
                        audit.record(entry("L", base + i));
                        java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                    }
                }));
            }
            for (Thread t : producers) {
                t.join();
            }
            assertEquals(2000, audit.about("L", 5000).size());
        }
        double average = store.entries.size() / (double) store.batchSizes.size();
        assertTrue(average >= 20, () -> "average batch " + average + " over " + store.batchSizes.size() + " writes");
    }

    @Test
    void aReadFindsEverythingRecordedBeforeIt() {
        Store store = new Store();
        try (BatchingAuditTrail audit = new BatchingAuditTrail(store, 10_000)) {
            for (int i = 0; i < 200; i++) {
                audit.record(entry("L" + i, i));
                assertEquals(List.of(entry("L" + i, i)), audit.about("L" + i, 10), "entry " + i);
            }
        }
    }

    @Test
    void anInterruptNeitherDropsABatchNorStopsTheWriter() throws InterruptedException {
        Store store = new Store();
        store.failuresLeft.set(3);
        BatchingAuditTrail audit = new BatchingAuditTrail(store, 10_000);
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("zz-audit-writer") && t.isAlive())
                .reduce((a, b) -> b)
                .orElseThrow();
        audit.record(entry("L", 0));
        Thread.sleep(150); // the first write has failed; the writer pauses before retrying
        writer.interrupt();
        Thread.sleep(50);
        writer.interrupt();
        audit.flush();
        assertEquals(List.of(entry("L", 0)), store.entries);
        audit.record(entry("L", 1));
        audit.flush();
        assertEquals(2, store.entries.size());
        assertTrue(writer.isAlive());
        audit.close();
    }

    @Test
    void aFailedWriteIsRetriedAndCloseDrainsEverything() {
        Store store = new Store();
        store.failuresLeft.set(2);
        BatchingAuditTrail audit = new BatchingAuditTrail(store, 10_000);
        for (int i = 0; i < 300; i++) {
            audit.record(entry("L", i));
        }
        audit.close();
        assertEquals(300, store.entries.size());
        assertEquals(
                java.util.stream.IntStream.range(0, 300)
                        .mapToObj(i -> entry("L", i))
                        .toList(),
                store.entries.stream()
                        .sorted(java.util.Comparator.comparing(AuditTrail.Entry::at))
                        .toList());
    }

    @Test
    void aFullQueueHoldsCallersBackAndLosesNothing() throws InterruptedException {
        Store store = new Store();
        store.gate = new java.util.concurrent.CountDownLatch(1);
        BatchingAuditTrail audit = new BatchingAuditTrail(store, 8);
        AtomicInteger done = new AtomicInteger();
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int base = p * 100;
            producers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100; i++) {
                    audit.record(entry("L", base + i));
                    done.incrementAndGet();
                }
            }));
        }
        Thread.sleep(300);
        // the writer holds what it drained (two drains of at most 8) in its stalled write; at most 8
        // more wait in the queue
        int held = done.get();
        assertTrue(held <= 24, () -> held + " recorded while the database did not answer");
        assertTrue(producers.stream().anyMatch(Thread::isAlive), "callers wait for room");
        store.gate.countDown();
        for (Thread t : producers) {
            t.join(10_000);
        }
        audit.close();
        assertEquals(400, done.get());
        assertEquals(400, store.entries.size());
        assertEquals(400, store.entries.stream().distinct().count());
    }

    @Test
    @org.junit.jupiter.api.Timeout(10) // before the fix the sixth record waited forever for room
    void anEntryRecordedAfterCloseIsStillWritten() {
        Store store = new Store();
        BatchingAuditTrail audit = new BatchingAuditTrail(store, 2);
        audit.record(entry("L", 0));
        audit.close();
        for (int i = 1; i <= 5; i++) {
            audit.record(entry("L", i)); // more than the queue holds: none may block or be left behind
        }
        assertEquals(6, store.entries.size());
    }
}
