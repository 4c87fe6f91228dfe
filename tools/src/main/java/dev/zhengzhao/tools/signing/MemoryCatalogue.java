package dev.zhengzhao.tools.signing;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue and issuer registry of an offline {@code zz issue}, built from the type file. */
final class MemoryCatalogue {
    private MemoryCatalogue() {}

    static TypeCatalogue types(LicenceJson.TypeFile file) {
        Map<TypeCode, LicenceType> types = new LinkedHashMap<>();
        types.put(file.type().code(), file.type());
        return new TypeCatalogue() {
            @Override
            public void save(LicenceType type) {
                types.put(type.code(), type);
            }

            @Override
            public Optional<LicenceType> find(TypeCode code) {
                return Optional.ofNullable(types.get(code));
            }

            @Override
            public List<LicenceType> allTypes() {
                return new ArrayList<>(types.values());
            }
        };
    }

    static IssuerRegistry issuers(LicenceJson.TypeFile file) {
        Map<CreditCode, Issuer> issuers = new LinkedHashMap<>();
        file.issuers().forEach(i -> issuers.put(i.code(), i));
        return new IssuerRegistry() {
            @Override
            public void save(Issuer issuer) {
                issuers.put(issuer.code(), issuer);
            }

            @Override
            public Optional<Issuer> find(CreditCode code) {
                return Optional.ofNullable(issuers.get(code));
            }

            @Override
            public List<Issuer> allIssuers() {
                return new ArrayList<>(issuers.values());
            }
        };
    }
}
