package dev.zhengzhao.verifierapi.audit;

import dev.zhengzhao.core.port.AuditTrail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit entries are appended in batches by one background writer, so a verification does not wait
 * for its own database commit: at load, hundreds of entries share one round trip. Nothing is
 * dropped: a full queue makes callers wait (back-pressure), a failed write is retried, and the
 * queue is drained on shutdown. Reads flush first, so what was recorded is always found.
 */
public final class BatchingAuditTrail implements AuditTrail, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BatchingAuditTrail.class);
    private static final int BATCH = 500;
    private static final Duration LINGER = Duration.ofMillis(50);

    private final AuditTrail store;
    private final BlockingQueue<Entry> queue;
    private final Thread writer;
    private final Object flushLock = new Object();
    private volatile boolean closing;

    public BatchingAuditTrail(AuditTrail store, int capacity) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().daemon().name("zz-audit-writer").start(this::run);
    }

    @Override
    public void record(Entry entry) {
        try {
            queue.put(entry);
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

    /** Writes everything queued so far. */
    public void flush() {
        synchronized (flushLock) {
            List<Entry> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                writeWithRetry(batch);
                batch.clear();
            }
        }
    }

    private void run() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(LINGER.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (flushLock) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    writeWithRetry(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                if (!closing) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void writeWithRetry(List<Entry> batch) {
        for (int attempt = 0; ; attempt++) {
            try {
                store.recordAll(batch);
                return;
            } catch (RuntimeException e) {
                if (attempt == 0) {
                    log.warn("audit write failed, retrying: {}", e.getClass().getSimpleName());
                }
                if (closing && attempt > 20) {
                    log.error("giving up on {} audit entries at shutdown", batch.size());
                    return;
                }
                try {
                    Thread.sleep(Math.min(5000, 100L << Math.min(attempt, 6)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
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
