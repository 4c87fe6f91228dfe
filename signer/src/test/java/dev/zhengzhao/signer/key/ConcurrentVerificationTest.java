package dev.zhengzhao.signer.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link VerificationKey} used from several threads at once (each on its own copy of
 * the curve) with Bouncy Castle's randomness made per-thread: every answer is still right.
 */
class ConcurrentVerificationTest {
    @Test
    void manyThreadsShareOneKeyAndEveryAnswerIsRight() throws Exception {
        Randomness.installPerThreadDrbg();
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            Pkcs12IssuerKey signer = IssuerKeys.generate(
                    algorithm, "CN=test signer", Instant.now(), Duration.ofDays(1), new SecureRandom());
            VerificationKey key = VerificationKey.require(signer.certificate());
            byte[] data = "licence payload".getBytes(StandardCharsets.UTF_8);
            byte[] good = signer.sign(data);
            byte[] bad = good.clone();
            bad[5] ^= 1;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> wrong = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    Callable<Integer> work = () -> {
                        int mistakes = 0;
                        for (int i = 0; i < 50; i++) {
                            mistakes += key.verify(data, good) ? 0 : 1;
                            mistakes += key.verify(data, bad) ? 1 : 0;
                        }
                        return mistakes;
                    };
                    wrong.add(pool.submit(work));
                }
                for (Future<Integer> f : wrong) {
                    assertEquals(0, f.get(), algorithm.name());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
