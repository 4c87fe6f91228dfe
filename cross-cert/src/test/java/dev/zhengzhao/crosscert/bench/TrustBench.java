package dev.zhengzhao.crosscert.bench;

import dev.zhengzhao.crosscert.path.Anchor;
import dev.zhengzhao.crosscert.path.BridgeSignerTrust;
import dev.zhengzhao.crosscert.path.BuildLimits;
import dev.zhengzhao.crosscert.path.CandidatePath;
import dev.zhengzhao.crosscert.path.CandidatePool;
import dev.zhengzhao.crosscert.path.PathBuilder;
import dev.zhengzhao.crosscert.path.PathResult;
import dev.zhengzhao.crosscert.path.PathValidator;
import dev.zhengzhao.crosscert.path.Revocation;
import dev.zhengzhao.crosscert.path.ValidationPolicy;
import dev.zhengzhao.crosscert.pki.BridgePki;
import dev.zhengzhao.crosscert.pki.Jurisdiction;
import dev.zhengzhao.crosscert.pki.KeyAlgorithm;
import dev.zhengzhao.crosscert.pki.Pkcs12CaKeys;
import dev.zhengzhao.crosscert.pki.PkiBuilder;
import dev.zhengzhao.crosscert.pki.Providers;
import dev.zhengzhao.crosscert.revocation.CrlRevocationSource;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validations per second of a Hong Kong signer in Guangdong: a four-certificate path (signer, HK
 * issuing CA, bridge→HK root, GD root→bridge) to the GD root, with CRL checks, cold and cached, next
 * to one raw ECDSA P-256 signature verify measured in the same run. docs/benchmarks-trust.md has
 * the command and the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xshare:off")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrustBench {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    BridgePki pki;
    X509Certificate signer;
    PublicKey issuingKey;
    List<Anchor> anchors;
    BridgeSignerTrust cached;
    PathBuilder builder;
    CrlRevocationSource warmCrls;

    @Setup
    public void setUp() {
        SecureRandom random = new SecureRandom();
        pki = new PkiBuilder(Pkcs12CaKeys.inMemory(random), random, NOW).build();
        signer = PkiBuilder.signer(
                pki.domain("HK"),
                "C=HK,O=Transport Department,CN=Signer",
                KeyAlgorithm.EC_P256.generate(random).getPublic(),
                NOW);
        issuingKey = pki.domain("HK").issuing().certificate().getPublicKey();
        anchors = List.of(new Anchor(
                pki.domain("GD").root().certificate(), "GD", Set.of(Jurisdiction.GD.policy(Jurisdiction.Level.HIGH))));
        cached = new BridgeSignerTrust(anchors, pki.pool(), new CrlRevocationSource(pki.crls()), BuildLimits.DEFAULT);
        builder = new PathBuilder(anchors, new CandidatePool(pki.pool()), BuildLimits.DEFAULT);
        warmCrls = new CrlRevocationSource(pki.crls());
        PathResult warm = cached.validate(signer, NOW);
        if (!warm.isValid() || warm.path().size() != 5) {
            throw new IllegalStateException("the benchmark path is not the four-certificate bridge path: " + warm);
        }
    }

    /** The unit of comparison: one ECDSA P-256 signature check with the issuer's key object reused. */
    @Benchmark
    public boolean rawSignatureVerify() throws GeneralSecurityException {
        signer.verify(issuingKey, Providers.bc());
        return true;
    }

    /** Everything from scratch: pool indexing, path building, four signatures, four CRLs verified. */
    @Benchmark
    public PathResult coldValidation() {
        return new BridgeSignerTrust(anchors, pki.pool(), new CrlRevocationSource(pki.crls()), BuildLimits.DEFAULT)
                .validate(signer, NOW);
    }

    /**
     * A signer the service has not seen, with a long-lived pool and revocation source (CRL
     * signatures already checked): build and validate the path, four certificate signatures.
     */
    @Benchmark
    public PathResult uncachedValidation() {
        CandidatePath path = builder.search(signer, NOW).paths().get(0);
        return new PathValidator()
                .validate(path, NOW, ValidationPolicy.forSigner(path.anchor()), Revocation.checkedBy(warmCrls));
    }

    /** The same signer again with the revocation data unchanged: answered from the cache. */
    @Benchmark
    public PathResult cachedValidation() {
        return cached.validate(signer, NOW);
    }
}
