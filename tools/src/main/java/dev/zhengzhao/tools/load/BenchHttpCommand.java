package dev.zhengzhao.tools.load;

import dev.zhengzhao.core.format.Json;
import dev.zhengzhao.core.trust.PinnedSignerTrust;
import dev.zhengzhao.core.verify.Outcome;
import dev.zhengzhao.signer.key.IssuerKeys;
import dev.zhengzhao.signer.verify.KnownSigners;
import dev.zhengzhao.signer.verify.LicenceVerifier;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on {@code POST /api/v1/verify} of a running service (the demo's credentials name it, its
 * hall key and a sample QR), next to in-process offline verification of the same QR measured in
 * the same run.
 *
 * <p>The machine is shared and its speed drifts by tens of percent within minutes, so the two are
 * measured in alternating blocks after a warm-up of each: round after round, an in-process block
 * then an HTTP block of the same length, each round giving its own ratio; the headline is the
 * median round. Then an open loop at half the median peak rate measures latency from each
 * request's scheduled time ({@link OpenLoop}). The peak runs all connections on one selector
 * thread ({@link SelectorClosedLoop}); the open loop runs a blocking keep-alive connection per
 * thread ({@link KeepAliveClient}). The generator's own CPU share is reported per round. Only a
 * service on this machine is ever targeted.
 */
@Command(
        name = "http",
        mixinStandardHelpOptions = true,
        description = "Load-test POST /api/v1/verify next to in-process verification of the same QR; prints JSON.")
final class BenchHttpCommand implements Callable<Integer> {
    @Option(names = "--credentials", required = true, description = "data/demo/credentials.json of the running demo")
    Path credentials;

    @Option(
            names = "--seconds",
            defaultValue = "15",
            description = "length of the half-peak phase, and of each round's two blocks together (1-120)")
    int seconds;

    @Option(names = "--rounds", defaultValue = "5", description = "alternating in-process / HTTP rounds (1-50)")
    int rounds;

    /*
     * 32, not 16: with 16 connections the two cores still stood idle 14 % of the "peak" phase (requests
     * in flight between generator, poller and workers), with 32 about 9 %; docs/benchmarks.md.
     */
    @Option(
            names = "--concurrency",
            defaultValue = "32",
            description = "connections, in the peak phase enough to keep the service busy (1-256)")
    int concurrency;

    @Option(
            names = "--warm-up-seconds",
            defaultValue = "10",
            description = "in-process warm-up before the rounds (the JIT keeps improving the signature"
                    + " arithmetic for several seconds); the HTTP warm-up is half of it (1-120)")
    int warmUpSeconds;

    @Option(names = "--in-process-threads", defaultValue = "2", description = "threads verifying in-process")
    int inProcessThreads;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1
                || seconds > 120
                || rounds < 1
                || rounds > 50
                || concurrency < 1
                || concurrency > 256
                || inProcessThreads < 1) {
            throw new IllegalArgumentException(
                    "--seconds 1-120, --rounds 1-50, --concurrency 1-256, --in-process-threads ≥ 1");
        }
        Map<String, Object> demo;
        try {
            demo = Json.parseObject(Files.readString(credentials));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(credentials + " is not a JSON object: " + e.getMessage());
        }
        for (String field : List.of("baseUrl", "hallApiKey", "issuerCode", "sampleLicences")) {
            if (demo.get(field) == null) {
                throw new IllegalArgumentException(credentials + " has no \"" + field
                        + "\": give the data/demo/credentials.json that `verifier-api --demo` writes");
            }
        }
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
        LicenceVerifier verifier =
                new LicenceVerifier(KnownSigners.of(signer), new PinnedSignerTrust(Map.of(signer, "GD")));
        Instant at = Instant.now();
        if (verifier.verifyQr(qr, at).outcome() != Outcome.VALID) {
            throw new IllegalStateException("the sample QR does not verify in-process with the issuer's certificate");
        }
        Runnable verifyOnce = () -> verifier.verifyQr(qr, at);
        byte[] body = Json.write(Map.of("qr", qr)).getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/verify";
        String authorization = "Bearer " + key;
        byte[] request = KeepAliveClient.request(base, path, authorization, body);

        // the open loop's connections are opened only when it starts: one idle through the rounds
        // would have been closed by the service and its first request would fail
        List<KeepAliveClient> clients = new ArrayList<>();
        InetSocketAddress address = new InetSocketAddress(base.getHost(), KeepAliveClient.port(base));
        try (SelectorClosedLoop peak = new SelectorClosedLoop(address, request, concurrency)) {
            long blockNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(500, seconds * 1000L / 2));
            long warmUpNanos = TimeUnit.SECONDS.toNanos(warmUpSeconds);
            try (KeepAliveClient probe = new KeepAliveClient(base, path, authorization, body)) {
                requireOk(probe);
            }
            ClosedLoop.inProcess(inProcessThreads, warmUpNanos, verifyOnce);
            peak.run(warmUpNanos / 2);

            List<Round> measured = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double inProcess = ClosedLoop.inProcess(inProcessThreads, blockNanos, verifyOnce);
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                ClosedLoop.Result http = peak.run(blockNanos);
                double generatorShare = (processCpuNanos() - cpu0)
                        / ((double) (System.nanoTime() - t0)
                                * Runtime.getRuntime().availableProcessors());
                measured.add(new Round(inProcess, http, generatorShare));
            }
            Round median = Round.median(measured);
            double halfRate = median.http().requestsPerSecond() / 2;
            for (int i = 0; i < concurrency; i++) {
                clients.add(new KeepAliveClient(base, path, authorization, body));
            }
            OpenLoop.Result half = OpenLoop.run(clients, halfRate, TimeUnit.SECONDS.toNanos(seconds));
            System.out.println(Json.write(report(measured, median, half)));
        } finally {
            clients.forEach(KeepAliveClient::close);
        }
        return 0;
    }

    /** This process's CPU time so far, all threads (-1 where the JVM cannot tell). */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static void requireOk(KeepAliveClient client) {
        int status = client.send();
        if (status != 200) {
            throw new IllegalStateException(
                    status < 0
                            ? "no answer from the service (is it running?)"
                            : "the service answers HTTP " + status + " for the sample QR");
        }
    }

    private Map<String, Object> report(List<Round> measured, Round median, OpenLoop.Result half) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        Runtime.version().toString()));
        report.put("inProcessVerifyPerSecond", round(median.inProcess()));
        Map<String, Object> peak = new LinkedHashMap<>();
        peak.put("concurrency", concurrency);
        peak.put("requests", median.http().requests());
        peak.put("errors", measured.stream().mapToLong(r -> r.http().errors()).sum());
        peak.put("requestsPerSecond", round(median.http().requestsPerSecond()));
        peak.put("p50Ms", round(median.http().p50Ms()));
        peak.put("p99Ms", round(median.http().p99Ms()));
        peak.put("generatorCpuShare", round(median.generatorCpuShare()));
        report.put("httpPeak", peak);
        report.put("httpPeakToInProcess", round(median.ratio()));
        report.put(
                "rounds",
                measured.stream()
                        .map(r -> Map.of(
                                "inProcessPerSecond", round(r.inProcess()),
                                "httpPerSecond", round(r.http().requestsPerSecond()),
                                "ratio", round(r.ratio()),
                                "generatorCpuShare", round(r.generatorCpuShare())))
                        .toList());
        Map<String, Object> halfPeak = new LinkedHashMap<>();
        halfPeak.put("targetRequestsPerSecond", round(half.targetPerSecond()));
        halfPeak.put("achievedRequestsPerSecond", round(half.achievedPerSecond()));
        halfPeak.put("errors", half.errors());
        halfPeak.put("p50Ms", round(half.latencies().millis(0.50)));
        halfPeak.put("p99Ms", round(half.latencies().millis(0.99)));
        halfPeak.put("p999Ms", round(half.latencies().millis(0.999)));
        report.put("halfPeak", halfPeak);
        return report;
    }

    /**
     * One in-process block and the HTTP block after it.
     *
     * @param generatorCpuShare the load generator's own share of the machine's CPU during the HTTP
     *     block (it runs on the same cores as the service)
     */
    record Round(double inProcess, ClosedLoop.Result http, double generatorCpuShare) {
        double ratio() {
            return http.requestsPerSecond() / inProcess;
        }

        /** The round with the median ratio (the lower middle one for an even count). */
        static Round median(List<Round> rounds) {
            List<Round> sorted = new ArrayList<>(rounds);
            sorted.sort(java.util.Comparator.comparingDouble(Round::ratio));
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
