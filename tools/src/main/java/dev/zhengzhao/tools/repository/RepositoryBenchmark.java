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
     * Times every kind of lookup on the same random identifiers among the first {@code rows}
     * loaded: each thread takes an identifier and runs each kind on it in turn (the order rotates,
     * so no kind always goes first). Interleaving puts every kind under the same background load,
     * which on a shared machine matters more than anything else for the ratios. {@code lookups}
     * per kind are split across the threads, after an unrecorded warm-up; the phase stops early
     * after {@code maxSeconds}. Throughput per kind is the closed-loop estimate threads / mean
     * latency.
     */
    List<Phase> measure(List<Lookup> kinds, long rows, int lookups, long maxSeconds, long seed) {
        int perThread = Math.max(1, lookups / threads);
        int warmUp = Math.min(2_000, perThread);
        List<LookupWorker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new LookupWorker(kinds, ids(rows, warmUp + perThread, seed * 31 + t), warmUp));
        }
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        runOnThreads(
                workers.stream().<Callable<Void>>map(w -> () -> w.run(deadline)).toList());
        int count = workers.stream().mapToInt(w -> w.recorded).sum();
        List<Phase> phases = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            long[] all = new long[count];
            int at = 0;
            long misses = 0;
            long totalNanos = 0;
            for (LookupWorker w : workers) {
                System.arraycopy(w.nanos[k], 0, all, at, w.recorded);
                at += w.recorded;
                misses += w.misses[k];
            }
            for (long n : all) {
                totalNanos += n;
            }
            phases.add(new Phase(new LatencySample(all, totalNanos / 1e9 / threads), misses));
        }
        return phases;
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

    /**
     * Core's status query with one change: the newest-version subquery names the series as a
     * parameter instead of correlating on the outer row, so PostgreSQL prunes it at plan time. Measured
     * side by side with {@code PostgresLicenceReader.status} to size that proposed fix; drop this once
     * core binds the series itself.
     */
    Lookup statusWithSeriesBound() {
        return id -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("SELECT status, valid_until, status_changed_at,"
                            + " (SELECT max(version) FROM licences n WHERE n.series = ?) AS latest"
                            + " FROM licences l WHERE series = ? AND version = ?")) {
                ps.setString(1, id.series());
                ps.setString(2, id.series());
                ps.setInt(3, id.version());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString("status") != null && rs.getInt("latest") > 0;
                }
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

    /** One thread's share of the lookups: warm-up first, then every kind timed on each identifier. */
    private static final class LookupWorker {
        private final List<Lookup> kinds;
        private final LicenceId[] ids;
        private final int warmUp;
        private final long[][] nanos;
        private final long[] misses;
        private int recorded;

        LookupWorker(List<Lookup> kinds, LicenceId[] ids, int warmUp) {
            this.kinds = List.copyOf(kinds);
            this.ids = ids;
            this.warmUp = warmUp;
            this.nanos = new long[kinds.size()][ids.length - warmUp];
            this.misses = new long[kinds.size()];
        }

        Void run(long deadline) throws SQLException {
            int k = kinds.size();
            for (int i = 0; i < warmUp; i++) {
                for (Lookup lookup : kinds) {
                    lookup.run(ids[i]);
                }
            }
            for (int i = warmUp; i < ids.length && System.nanoTime() < deadline; i++) {
                for (int j = 0; j < k; j++) {
                    int kind = (i + j) % k;
                    long t0 = System.nanoTime();
                    boolean found = kinds.get(kind).run(ids[i]);
                    nanos[kind][recorded] = System.nanoTime() - t0;
                    misses[kind] += found ? 0 : 1;
                }
                recorded++;
            }
            return null;
        }
    }
}
