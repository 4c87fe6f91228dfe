package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.Issuer;
import java.util.List;
import java.util.Optional;

/** The issuing departments known to the repository. */
public interface IssuerRegistry {
    void save(Issuer issuer);

    Optional<Issuer> find(CreditCode code);

    List<Issuer> allIssuers();
}
