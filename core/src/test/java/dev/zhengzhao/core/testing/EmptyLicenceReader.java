package dev.zhengzhao.core.testing;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.LicenceReader;
import java.util.List;
import java.util.Optional;

/** A repository that holds no licence; extend it to hold some. */
public class EmptyLicenceReader implements LicenceReader {
    @Override
    public Optional<LicenceRecord> find(LicenceId id) {
        return Optional.empty();
    }

    @Override
    public List<LicenceRecord> versions(LicenceId anyVersion) {
        return List.of();
    }

    @Override
    public Optional<LicenceRecord> findByNumber(CreditCode issuer, TypeCode type, String number) {
        return Optional.empty();
    }

    @Override
    public List<LicenceRecord> findByNumber(String number, int limit) {
        return List.of();
    }

    @Override
    public List<LicenceRecord> findByHolder(String holderIdType, String holderId, int limit) {
        return List.of();
    }
}
