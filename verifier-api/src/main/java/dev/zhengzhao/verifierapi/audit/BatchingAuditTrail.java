package dev.zhengzhao.verifierapi.audit;

import dev.zhengzhao.core.port.AuditTrail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit entries are appended in batches by one background writer, so a verification does not wait
 * for its own database commit. The writer gathers for up to {@value #GATHER_MILLIS} ms after the
 * first entry of a batch: without that pause it woke for every entry and, at 4,000 verifications a
 * second, committed one or two rows per transaction, which cost PostgreSQL (on the same cores)
 * more CPU per verification than the HTTP layer. Nothing is
 * dropped: a full queue makes callers wait (back-pressure), a failed write is retried, and the
 * queue is drained on shutdown. Reads flush first, so what was recorded is always found.
 *
 * <p>Recording takes no lock: the queue is lock-free and its bound is a semaphore, whose permits
 * are taken by compare-and-set while any are left. A blocking queue's single lock queued request
 * threads behind a holder the scheduler had descheduled (docs/benchmarks.md, "lock contention").
 */
public final class BatchingAuditTrail implements AuditTrail, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BatchingAuditTrail.class);
    private static final int BATCH = 500;
    private static final long GATHER_MILLIS = 20;

    private final AuditTrail store;
    private final Queue<Entry> queue = new ConcurrentLinkedQueue<>();
    /** One permit per free place in the queue. */
    private final Semaphore free;

    private final int capacity;
    private final Thread writer;
    private final Object flushLock = new Object();
    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();
    /** Entries handed to the store (guarded by flushLock). */
    private long written;

    private volatile boolean closing;

    public BatchingAuditTrail(AuditTrail store, int capacity) {
        this.store = store;
        this.capacity = capacity;
        this.free = new Semaphore(capacity);
        this.writer = Thread.ofPlatform().daemon().name("zz-audit-writer").start(this::run);
    }

    @Override
    public void record(Entry entry) {
        java.util.Objects.requireNonNull(entry, "entry");
        try {
            free.acquire();
            try {
                queue.add(entry);
            } catch (RuntimeException | Error e) {
                free.release(); // the place was never used
                throw e;
            }
            recorded.incrementAndGet();
            if (closing) {
                // the writer is stopping or gone (a request finishing during shutdown): write it
                // here, or it would sit in the queue unwritten
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.record(entry);
        }
    }

    @Override
    public List<Entry> about(String licenceId, int limit) {
        flush();
        return store.about(licenceId, limit);
    }

    /**
     * Writes everything recorded so far: what is still queued, here, and what the writer already
     * holds, by waiting for it.
     */
    public void flush() {
        long target = recorded.get();
        synchronized (flushLock) {
            List<Entry> batch = new ArrayList<>();
            while (drainTo(batch) > 0) {
                writeWithRetry(batch);
                batch.clear();
            }
            while (written < target && writer.isAlive()) {
                try {
                    flushLock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                if (queue.isEmpty()) {
                    // nothing to wait on without a lock: look again after a gathering time
                    Thread.sleep(GATHER_MILLIS);
                    continue;
                }
                synchronized (flushLock) {
                    try {
                        gather(batch);
                    } finally {
                        drainTo(batch);
                        if (!batch.isEmpty()) {
                            writeWithRetry(batch);
                            batch.clear();
                        }
                    }
                }
            } catch (InterruptedException e) {
                // only close() stops the writer: a stray interrupt must not leave the queue to fill
                // up until every verification blocks on it
                strayInterrupt();
            }
        }
    }

    private static void strayInterrupt() {
        log.warn("audit writer interrupted; it goes on until the trail is closed");
    }

    /**
     * Adds what arrives within the gathering time, up to a full batch (not when closing). Called
     * holding flushLock, so a flush meanwhile waits for this batch to be written. The writer
     * sleeps through the gathering time rather than waiting on the queue: a thread waiting on it
     * is woken by every entry put, which cost each verification a wake-up and a context switch.
     */
    private void gather(List<Entry> batch) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS);
        long left;
        while (!closing && (left = deadline - System.nanoTime()) > 0 && queued() < BATCH - batch.size()) {
            Thread.sleep(Duration.ofNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(GATHER_MILLIS / 4))));
        }
        drainTo(batch);
    }

    /** Entries in the queue or about to be added (their place is taken). */
    private int queued() {
        return capacity - free.availablePermits();
    }

    /** Moves queued entries into the batch, up to a full batch, and frees their places. */
    private int drainTo(List<Entry> batch) {
        int moved = 0;
        Entry next;
        while (batch.size() < BATCH && (next = queue.poll()) != null) {
            batch.add(next);
            moved++;
        }
        free.release(moved);
        return moved;
    }

    private void writeWithRetry(List<Entry> batch) {
        for (int attempt = 0; ; attempt++) {
            try {
                store.recordAll(batch);
                written += batch.size();
                flushLock.notifyAll();
                return;
            } catch (RuntimeException e) {
                if (attempt == 0) {
                    log.warn("audit write failed, retrying: {}", e.getClass().getSimpleName());
                }
                if (closing && attempt > 20) {
                    log.error("giving up on {} audit entries at shutdown", batch.size());
                    written += batch.size();
                    flushLock.notifyAll();
                    return;
                }
                try {
                    Thread.sleep(Math.min(5000, 100L << Math.min(attempt, 6)));
                } catch (InterruptedException interrupted) {
                    // the batch is kept and retried: an interrupt is not a reason to lose entries
                    strayInterrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
