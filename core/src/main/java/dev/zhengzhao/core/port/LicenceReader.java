package dev.zhengzhao.core.port;

import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceRecord;
import dev.zhengzhao.core.licence.TypeCode;
import java.util.List;
import java.util.Optional;

/** Read-only view of the licence repository: all a verifier or a hall is given. */
public interface LicenceReader {
    Optional<LicenceRecord> find(LicenceId id);

    /** Every version of the licence {@code id} belongs to, oldest first. */
    List<LicenceRecord> versions(LicenceId anyVersion);

    /** The current (newest) version carrying an issuer's licence number for a type. */
    Optional<LicenceRecord> findByNumber(CreditCode issuer, TypeCode type, String number);

    /** Current versions carrying a printed licence number, of any issuer and type, at most {@code limit}. */
    List<LicenceRecord> findByNumber(String number, int limit);

    /** Licences held by one holder (by holder id type and id), newest first, at most {@code limit}. */
    List<LicenceRecord> findByHolder(String holderIdType, String holderId, int limit);
}
