package dev.zhengzhao.signer.key;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoServicesRegistrar;

/**
 * The randomness Bouncy Castle draws when no caller passes its own: blinding in every EC point
 * normalisation (so in every signature verification) and nonces. By default each thread gets a
 * {@code NativePRNG}, and all of those read through one lock in the JDK; under the service's request
 * threads that lock was contended on every verification (JFR: waits of 20 ms and more). Installed,
 * each thread gets its own NIST SP 800-90A DRBG, seeded from the system once.
 */
public final class Randomness {
    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(Randomness::drbg);

    private Randomness() {}

    /** Makes Bouncy Castle's default randomness per-thread DRBGs; call once at start-up. */
    public static void installPerThreadDrbg() {
        CryptoServicesRegistrar.setSecureRandomProvider(PER_THREAD::get);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no DRBG SecureRandom", e);
        }
    }
}
