package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.HolderRef;
import java.util.List;

/**
 * Holders the development identity provider offers on its sign-in page (the demo's sample
 * holders); none in a deployment that supplies none.
 */
@FunctionalInterface
public interface KnownHolders {
    List<HolderRef> holders();
}
