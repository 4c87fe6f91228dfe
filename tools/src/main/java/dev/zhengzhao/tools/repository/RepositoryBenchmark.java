package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.port.LicenceWriter.BatchResult;
import dev.zhengzhao.core.postgres.PostgresLicenceWriter;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The two halves of the repository benchmark: a batched load of synthetic licences through
 * {@link PostgresLicenceWriter#issueAll}, and timed lookups by identifier on a pool, each phase
 * bounded by an operation count and a wall-clock limit.
 */
final class RepositoryBenchmark {
    /** Records built and handed to issueAll at once per loader thread (issueAll commits every 500). */
    static final int LOAD_CHUNK = 5_000;

    /** One timed operation on the identifier of an existing licence; returns whether it found it. */
    @FunctionalInterface
    interface Lookup {
        boolean run(LicenceId id) throws SQLException;
    }

    /** What the load did. */
    record Load(long inserted, long rejected, double seconds) {
        double rowsPerSecond() {
            return seconds <= 0 ? 0 : inserted / seconds;
        }
    }

    /** A measured lookup phase and how many lookups did not find their licence. */
    record Phase(LatencySample latencies, long misses) {}

    private final DataSource dataSource;
    private final int threads;
    private final PrintWriter progress;

    RepositoryBenchmark(DataSource dataSource, int threads, PrintWriter progress) {
        this.dataSource = dataSource;
        this.threads = threads;
        this.progress = progress;
    }

    /** Loads indices {@code [from, to)}, stopping (after whole chunks) when {@code maxSeconds} have passed. */
    Load load(long from, long to, long maxSeconds, Instant storedAt) {
        PostgresLicenceWriter writer = new PostgresLicenceWriter(dataSource);
        SyntheticLicences synthetic = new SyntheticLicences(storedAt);
        AtomicLong next = new AtomicLong(from);
        AtomicLong inserted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long total = to - from;
        long step = Math.max(LOAD_CHUNK, total / 10);
        long started = System.nanoTime();
        long deadline = started + maxSeconds * 1_000_000_000L;
        runOnThreads(() -> {
            long start;
            while ((start = next.getAndAdd(LOAD_CHUNK)) < to && System.nanoTime() < deadline) {
                List<LicenceRecord> chunk = new ArrayList<>(LOAD_CHUNK);
                for (long i = start; i < Math.min(to, start + LOAD_CHUNK); i++) {
                    chunk.add(synthetic.record(i));
                }
                long stored = 0;
                for (BatchResult r : writer.issueAll(chunk, "zz-bench")) {
                    stored += r.stored() ? 1 : 0;
                }
                rejected.addAndGet(chunk.size() - stored);
                long before = inserted.getAndAdd(stored);
                if ((before + stored) / step > before / step) {
                    report(before + stored, total, started);
                }
            }
            return null;
        });
        return new Load(inserted.get(), rejected.get(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Runs {@code lookups} operations (split across the threads) on random identifiers among the
     * first {@code rows} loaded, after an unrecorded warm-up, stopping early after {@code maxSeconds}.
     */
    Phase measure(Lookup lookup, long rows, int lookups, long maxSeconds, long seed) {
        int perThread = Math.max(1, lookups / threads);
        int warmUp = Math.min(2_000, perThread);
        List<LookupWorker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new LookupWorker(lookup, ids(rows, warmUp + perThread, seed * 31 + t), warmUp));
        }
        long started = System.nanoTime();
        long deadline = started + maxSeconds * 1_000_000_000L;
        runOnThreads(
                workers.stream().<Callable<Void>>map(w -> () -> w.run(deadline)).toList());
        double seconds = workers.stream().mapToDouble(w -> w.seconds).max().orElse(0);
        int count = workers.stream().mapToInt(w -> w.recorded).sum();
        long[] all = new long[count];
        int at = 0;
        long misses = 0;
        for (LookupWorker w : workers) {
            System.arraycopy(w.nanos, 0, all, at, w.recorded);
            at += w.recorded;
            misses += w.misses;
        }
        return new Phase(new LatencySample(all, seconds), misses);
    }

    /** One pool round trip that touches no table: the floor every lookup stands on. */
    Lookup selectOne() {
        return id -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        };
    }

    private static LicenceId[] ids(long rows, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LicenceId[] ids = new LicenceId[count];
        for (int i = 0; i < count; i++) {
            ids[i] = SyntheticLicences.id(random.nextLong(rows));
        }
        return ids;
    }

    private void report(long done, long total, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        synchronized (progress) {
            progress.printf("  loaded %,d of %,d rows (%.0f rows/s)%n", done, total, done / Math.max(seconds, 1e-3));
            progress.flush();
        }
    }

    private void runOnThreads(Callable<Void> task) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task);
        }
        runOnThreads(tasks);
    }

    private static void runOnThreads(List<Callable<Void>> tasks) {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhengzhaoException(ErrorCode.STORAGE_UNAVAILABLE, "the benchmark was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ZhengzhaoException z) {
                throw z;
            }
            throw new ZhengzhaoException(
                    ErrorCode.STORAGE_UNAVAILABLE, "a benchmark thread failed: " + e.getCause(), e.getCause());
        }
    }

    /** One thread's share of a lookup phase: warm-up first, then timed operations. */
    private static final class LookupWorker {
        private final Lookup lookup;
        private final LicenceId[] ids;
        private final int warmUp;
        private final long[] nanos;
        private int recorded;
        private long misses;
        private double seconds;

        LookupWorker(Lookup lookup, LicenceId[] ids, int warmUp) {
            this.lookup = lookup;
            this.ids = ids;
            this.warmUp = warmUp;
            this.nanos = new long[ids.length - warmUp];
        }

        Void run(long deadline) throws SQLException {
            for (int i = 0; i < warmUp; i++) {
                lookup.run(ids[i]);
            }
            long started = System.nanoTime();
            for (int i = warmUp; i < ids.length; i++) {
                long t0 = System.nanoTime();
                boolean found = lookup.run(ids[i]);
                long t1 = System.nanoTime();
                nanos[recorded++] = t1 - t0;
                misses += found ? 0 : 1;
                if (t1 > deadline) {
                    break;
                }
            }
            seconds = (System.nanoTime() - started) / 1e9;
            return null;
        }
    }
}
