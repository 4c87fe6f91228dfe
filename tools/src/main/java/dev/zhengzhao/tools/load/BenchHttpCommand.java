package dev.zhengzhao.tools.load;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on {@code POST /api/v1/verify} of a running service (the demo's credentials name it, its
 * hall key and a sample QR), next to in-process offline verification of the same QR measured in
 * the same run: (1) in-process verifications per second; (2) HTTP peak with a closed loop of
 * concurrent clients; (3) an open loop at half the peak rate, latency measured from each request's
 * scheduled time so a stall is not hidden. Clients are lean keep-alive connections
 * ({@link KeepAliveClient}). Only a service on this machine is ever targeted.
 */
@Command(
        name = "http",
        mixinStandardHelpOptions = true,
        description = "Load-test POST /api/v1/verify next to in-process verification of the same QR; prints JSON.")
final class BenchHttpCommand implements Callable<Integer> {
    @Option(names = "--credentials", required = true, description = "data/demo/credentials.json of the running demo")
    Path credentials;

    @Option(names = "--seconds", defaultValue = "15", description = "length of each phase (1-120)")
    int seconds;

    @Option(names = "--concurrency", defaultValue = "16", description = "clients in the peak phase (1-256)")
    int concurrency;

    @Option(names = "--in-process-threads", defaultValue = "2", description = "threads verifying in-process")
    int inProcessThreads;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > 120 || concurrency < 1 || concurrency > 256 || inProcessThreads < 1) {
            throw new IllegalArgumentException("--seconds 1-120, --concurrency 1-256, --in-process-threads ≥ 1");
        }
        Map<String, Object> demo = Json.parseObject(Files.readString(credentials));
        URI base = URI.create((String) demo.get("baseUrl"));
        if (!"localhost".equals(base.getHost()) && !base.getHost().startsWith("127.")) {
            throw new IllegalArgumentException(
                    "the load generator only targets a service on this machine, not " + base);
        }
        String key = (String) demo.get("hallApiKey");
        @SuppressWarnings("unchecked")
        Map<String, Object> sample = ((List<Map<String, Object>>) demo.get("sampleLicences")).getFirst();
        String qr = (String) sample.get("qr");
        X509Certificate signer = IssuerKeys.certificate(
                Files.readAllBytes(credentials.resolveSibling("keys").resolve(demo.get("issuerCode") + ".pem")));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        Runtime.version().toString()));
        double inProcess = inProcess(qr, signer);
        report.put("inProcessVerifyPerSecond", round(inProcess));
        byte[] body = Json.write(Map.of("qr", qr)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.function.Supplier<KeepAliveClient> clients =
                () -> new KeepAliveClient(base, "/api/v1/verify", "Bearer " + key, body);
        warmUp(clients);
        Map<String, Object> peak = closedLoop(clients);
        report.put("httpPeak", peak);
        double peakRps = ((Number) peak.get("requestsPerSecond")).doubleValue();
        report.put("httpPeakToInProcess", round(peakRps / inProcess));
        report.put("halfPeak", openLoop(clients, peakRps / 2));
        System.out.println(Json.write(report));
        return 0;
    }

    private double inProcess(String qr, X509Certificate signer) throws InterruptedException {
        LicenceVerifier verifier =
                new LicenceVerifier(KnownSigners.of(signer), new PinnedSignerTrust(Map.of(signer, "GD")));
        Instant at = Instant.now();
        if (verifier.verifyQr(qr, at).outcome() != Outcome.VALID) {
            throw new IllegalStateException("the sample QR does not verify in-process with the issuer's certificate");
        }
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runAll(inProcessThreads, () -> {
            while (System.nanoTime() < end) {
                verifier.verifyQr(qr, at);
                done.increment();
            }
        });
        return done.sum() / (double) seconds;
    }

    private void warmUp(java.util.function.Supplier<KeepAliveClient> clients) {
        try (KeepAliveClient client = clients.get()) {
            for (int i = 0; i < 500; i++) {
                int status = client.send();
                if (status != 200) {
                    throw new IllegalStateException("the service answers HTTP " + status + " for the sample QR");
                }
            }
        }
    }

    private Map<String, Object> closedLoop(java.util.function.Supplier<KeepAliveClient> clients)
            throws InterruptedException {
        List<Latencies> perClient = new ArrayList<>();
        LongAdder errors = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < concurrency; i++) {
            perClient.add(new Latencies());
        }
        long start = System.nanoTime();
        runAll(concurrency, perClient, latencies -> {
            try (KeepAliveClient client = clients.get()) {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (client.send() != 200) {
                        errors.increment();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            }
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies all = Latencies.merge(perClient);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("concurrency", concurrency);
        m.put("requests", all.count());
        m.put("errors", errors.sum());
        m.put("requestsPerSecond", round(all.count() / elapsed));
        m.put("p50Ms", round(all.millis(0.50)));
        m.put("p99Ms", round(all.millis(0.99)));
        return m;
    }

    private Map<String, Object> openLoop(java.util.function.Supplier<KeepAliveClient> clients, double rate)
            throws InterruptedException {
        // connections enough for the rate at a generous latency; a request waiting for a free one is
        // late, and that wait counts, because latency runs from the request's scheduled time
        java.util.concurrent.BlockingQueue<KeepAliveClient> idle = new java.util.concurrent.LinkedBlockingQueue<>();
        for (int i = 0; i < Math.max(4, concurrency); i++) {
            idle.add(clients.get());
        }
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long count = (long) (rate * seconds);
        Latencies latencies = new Latencies();
        LongAdder errors = new LongAdder();
        AtomicLong completed = new AtomicLong();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < count; i++) {
                long scheduled = start + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                senders.submit(() -> {
                    KeepAliveClient client = idle.take();
                    if (client.send() != 200) {
                        errors.increment();
                    }
                    idle.add(client);
                    long latency = System.nanoTime() - scheduled;
                    synchronized (latencies) {
                        latencies.add(latency);
                    }
                    completed.incrementAndGet();
                    return null;
                });
            }
        }
        idle.forEach(KeepAliveClient::close);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies sorted = Latencies.merge(List.of(latencies));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetRequestsPerSecond", round(rate));
        m.put("achievedRequestsPerSecond", round(completed.get() / elapsed));
        m.put("errors", errors.sum());
        m.put("p50Ms", round(sorted.millis(0.50)));
        m.put("p99Ms", round(sorted.millis(0.99)));
        return m;
    }

    private static void runAll(int threads, Runnable work) throws InterruptedException {
        List<Runnable> copies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            copies.add(work);
        }
        runAll(threads, copies, Runnable::run);
    }

    private static <T> void runAll(int threads, List<T> parts, java.util.function.Consumer<T> work)
            throws InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (T part : parts) {
                pool.submit(() -> work.accept(part));
            }
            pool.shutdown();
            if (!pool.awaitTermination(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the benchmark did not finish in five minutes");
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
