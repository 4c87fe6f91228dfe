package dev.zhengzhao.crosscert.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance of the module. Passed explicitly to every JCA call rather
 * than installed globally, so the module does not change the JVM's provider list for its host.
 */
public final class Providers {
    private static final Provider BC = new BouncyCastleProvider();

    private Providers() {}

    public static Provider bc() {
        return BC;
    }
}
