package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.TypeCode;
import java.util.List;
import java.util.Optional;

/** The licence type catalogue (证照目录). */
public interface TypeCatalogue {
    /** Adds a type, or replaces it with a new definition (fields, validity, issuers). */
    void save(LicenceType type);

    Optional<LicenceType> find(TypeCode code);

    List<LicenceType> allTypes();
}
