package dev.zhengzhao.core.issue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.licence.CreditCode;
import dev.zhengzhao.core.licence.Holder;
import dev.zhengzhao.core.licence.HolderIdType;
import dev.zhengzhao.core.licence.Issuer;
import dev.zhengzhao.core.licence.Licence;
import dev.zhengzhao.core.licence.LicenceId;
import dev.zhengzhao.core.licence.LicenceType;
import dev.zhengzhao.core.licence.Seal;
import dev.zhengzhao.core.licence.TypeCode;
import dev.zhengzhao.core.port.IssuerRegistry;
import dev.zhengzhao.core.port.TypeCatalogue;
import dev.zhengzhao.core.status.LicenceStatus;
import dev.zhengzhao.core.status.StatusLifecycle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns an {@link IssueRequest} into a checked {@link Licence}: the "prepare" half of issuance.
 * Everything a request can get wrong is found here, before any key is used or anything stored.
 */
public final class LicencePreparation {
    private static final int MAX_NUMBER_LENGTH = 64;

    private final TypeCatalogue catalogue;
    private final IssuerRegistry issuers;
    private final Clock clock;

    public LicencePreparation(TypeCatalogue catalogue, IssuerRegistry issuers, Clock clock) {
        this.catalogue = catalogue;
        this.issuers = issuers;
        this.clock = clock;
    }

    /** The checked type and issuer of a request, or the error that refuses it. */
    public record Context(LicenceType type, Issuer issuer) {}

    public Context context(String typeCode, String issuerCode) {
        if (typeCode == null) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "typeCode (ZZLXDM) is required");
        }
        if (issuerCode == null) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "issuerCode (ZZBFJGDM) is required");
        }
        TypeCode code = new TypeCode(typeCode);
        CreditCode issuerCredit;
        try {
            issuerCredit = new CreditCode(issuerCode);
        } catch (ZhengzhaoException e) {
            throw new ZhengzhaoException(ErrorCode.MALFORMED_CREDIT_CODE, "issuerCode: " + e.getMessage());
        }
        LicenceType type = catalogue
                .find(code)
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.UNKNOWN_LICENCE_TYPE, "licence type " + code + " is not in the catalogue"));
        Issuer issuer = issuers.find(issuerCredit)
                .orElseThrow(() -> new ZhengzhaoException(
                        ErrorCode.UNKNOWN_ISSUER, "issuer " + issuerCredit + " is not registered"));
        if (!type.mayBeIssuedBy(issuerCredit)) {
            throw new ZhengzhaoException(
                    ErrorCode.ISSUER_NOT_ALLOWED,
                    "issuer " + issuerCredit + " is not allowed to issue licence type " + code + " (" + type.name()
                            + ")");
        }
        return new Context(type, issuer);
    }

    /** A checked first version for {@code request}. */
    public Licence prepareNew(IssueRequest request, Context context, java.util.random.RandomGenerator random) {
        LicenceId id = request.serial() == null
                ? LicenceId.generate(context.type().code(), context.issuer().code(), random)
                : new LicenceId(context.type().code(), context.issuer().code(), request.serial(), 1);
        return prepare(id, request, context);
    }

    /** A checked licence with the given identifier (a new version keeps the series). */
    public Licence prepare(LicenceId id, IssueRequest request, Context context) {
        String number = request.number();
        if (number == null || number.isBlank()) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "number (ZZBH) is required");
        }
        if (number.length() > MAX_NUMBER_LENGTH || number.chars().anyMatch(Character::isISOControl)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_FIELD,
                    "number (ZZBH) must be at most " + MAX_NUMBER_LENGTH + " printable characters");
        }
        if (request.holderIdType() == null) {
            throw new ZhengzhaoException(ErrorCode.MISSING_FIELD, "holderIdType (CZZTDMLX) is required");
        }
        Holder holder =
                new Holder(request.holderName(), request.holderId(), HolderIdType.fromCode(request.holderIdType()));
        context.type().checkHolder(holder);
        Map<String, String> fields = context.type().checkFields(request.fields());

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, StatusLifecycle.LICENCE_ZONE);
        LocalDate issueDate = request.issueDate() == null ? today : request.issueDate();
        if (issueDate.isAfter(today)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_VALIDITY, "issue date (ZZBFRQ) " + issueDate + " is in the future");
        }
        LocalDate validFrom = request.validFrom() == null ? issueDate : request.validFrom();
        if (validFrom.isBefore(issueDate)) {
            throw new ZhengzhaoException(
                    ErrorCode.INVALID_VALIDITY,
                    "validity start (ZZYXQQSRQ) " + validFrom + " is before the issue date (ZZBFRQ) " + issueDate);
        }
        LocalDate validUntil = context.type().validity().endDate(validFrom, request.validUntil());
        String signer = request.signerName() == null ? context.issuer().name() : request.signerName();
        Seal seal = new Seal(signer, context.issuer().name() + "电子印章", now);
        return new Licence(
                id,
                context.type().name(),
                number.strip(),
                context.issuer().name(),
                issueDate,
                holder,
                validFrom,
                validUntil,
                seal,
                fields,
                LicenceStatus.VALID);
    }
}
