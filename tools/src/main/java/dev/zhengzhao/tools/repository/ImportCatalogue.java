package dev.zhengzhao.tools.repository;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as one import sees it: the import's own type and issuer answered from memory (they
 * were checked against the repository's definitions when the import started), anything else read
 * from the repository. Issuance checks the type and issuer of every request; without this a bulk
 * import makes two catalogue round trips per licence. Read-only: the import never redefines types.
 */
final class ImportCatalogue implements TypeCatalogue, IssuerRegistry {
    private final LicenceType type;
    private final Issuer issuer;
    private final TypeCatalogue types;
    private final IssuerRegistry issuers;

    ImportCatalogue(LicenceType type, Issuer issuer, TypeCatalogue types, IssuerRegistry issuers) {
        this.type = type;
        this.issuer = issuer;
        this.types = types;
        this.issuers = issuers;
    }

    @Override
    public Optional<LicenceType> find(TypeCode code) {
        return type.code().equals(code) ? Optional.of(type) : types.find(code);
    }

    @Override
    public Optional<Issuer> find(CreditCode code) {
        return issuer.code().equals(code) ? Optional.of(issuer) : issuers.find(code);
    }

    @Override
    public List<LicenceType> allTypes() {
        return types.allTypes();
    }

    @Override
    public List<Issuer> allIssuers() {
        return issuers.allIssuers();
    }

    @Override
    public void save(LicenceType ignored) {
        throw new UnsupportedOperationException("an import does not redefine licence types");
    }

    @Override
    public void save(Issuer ignored) {
        throw new UnsupportedOperationException("an import does not register issuers");
    }
}
