package dev.zhengzhao.tools.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.issue.IssueRequest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueRequestJsonTest {
    private final IssueRequestJson parser = new IssueRequestJson("TYPE", "ISSUER");

    @Test
    void readsEveryMemberAndDefaultsTypeAndIssuer() {
        IssueRequest r =
                parser.parse("{\"number\":\"N1\",\"holderName\":\"甲\",\"holderId\":\"H\",\"holderIdType\":\"001\","
                        + "\"issueDate\":\"2024-02-29\",\"validFrom\":\"2024-03-01\",\"validUntil\":\"2029-02-28\","
                        + "\"fields\":{\"KZ_A\":\"x\",\"KZ_N\":12.50,\"KZ_B\":true,\"KZ_NULL\":null},\"serial\":\"S1\","
                        + "\"signerName\":\"张三\"}");

        assertEquals(
                new IssueRequest(
                        "TYPE",
                        "ISSUER",
                        "N1",
                        "甲",
                        "H",
                        "001",
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2029, 2, 28),
                        Map.of("KZ_A", "x", "KZ_N", "12.50", "KZ_B", "true"),
                        "S1",
                        "张三"),
                r);
    }

    @Test
    void refusesAMisspeltMember() {
        ZhengzhaoException e = assertThrows(ZhengzhaoException.class, () -> parser.parse("{\"holderID\":\"x\"}"));

        assertEquals(ErrorCode.INVALID_REQUEST, e.code());
        assertTrue(e.getMessage().startsWith("unknown member \"holderID\""), e.getMessage());
    }

    @Test
    void refusesMalformedJsonNonStringsAndBadDates() {
        assertEquals(ErrorCode.INVALID_REQUEST, codeOf("{\"number\":"));
        assertEquals(ErrorCode.INVALID_REQUEST, codeOf("[1,2]"));
        assertEquals(ErrorCode.INVALID_REQUEST, codeOf("{\"holderIdType\":1}"));
        assertEquals(ErrorCode.INVALID_VALIDITY, codeOf("{\"issueDate\":\"2025/01/01\"}"));
        assertEquals(ErrorCode.INVALID_FIELD, codeOf("{\"fields\":{\"KZ_A\":[1]}}"));
    }

    private ErrorCode codeOf(String line) {
        return assertThrows(ZhengzhaoException.class, () -> parser.parse(line)).code();
    }
}
