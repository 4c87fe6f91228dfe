package dev.zhengzhao.verifierapi.holder;

import dev.zhengzhao.core.consent.HolderRef;
import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.HolderIdType;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The development identity provider's two calls; absent when a real provider is configured. */
@RestController
public class DevIdentityController {
    private final DevIdentityProvider provider;
    private final HolderAuthProperties properties;
    private final ObjectProvider<KnownHolders> known;

    public DevIdentityController(
            DevIdentityProvider provider, HolderAuthProperties properties, ObjectProvider<KnownHolders> known) {
        this.provider = provider;
        this.properties = properties;
        this.known = known;
    }

    private List<HolderRef> knownHolders() {
        return known.orderedStream().flatMap(k -> k.holders().stream()).toList();
    }

    /** Who may sign in. */
    public record DemoHolder(String name, String holderIdType, String holderId) {}

    /** The body of a sign-in. */
    public record SignIn(String holderIdType, String holderId, String name) {}

    @GetMapping("/dev-idp/holders")
    List<DemoHolder> holders() {
        provider();
        return knownHolders().stream()
                .map(h -> new DemoHolder(h.name(), h.idType(), h.id()))
                .toList();
    }

    @PostMapping("/dev-idp/token")
    Map<String, Object> token(@RequestBody SignIn signIn) {
        DevIdentityProvider idp = provider();
        if (signIn == null || signIn.holderIdType() == null || signIn.holderId() == null) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "holderIdType and holderId are required");
        }
        HolderIdType.fromCode(signIn.holderIdType()).check(signIn.holderId());
        String name = signIn.name() != null
                ? signIn.name()
                : knownHolders().stream()
                        .filter(h -> h.idType().equals(signIn.holderIdType()) && h.id().equals(signIn.holderId()))
                        .map(h -> h.name())
                        .findFirst()
                        .orElse("");
        return Map.of(
                "access_token", idp.token(signIn.holderIdType(), signIn.holderId(), name),
                "token_type", "Bearer",
                "expires_in", DevIdentityProvider.LIFETIME.toSeconds());
    }

    private DevIdentityProvider provider() {
        if (!properties.developmentProvider()) {
            throw new ZhengzhaoException(
                    ErrorCode.NOT_FOUND,
                    "the development identity provider is off: holders sign in with the province's provider");
        }
        return provider;
    }
}
