package dev.zhengzhao.core.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                // codes printed on public business licences and government sites
                "91350100M000100Y43",
                "91110000802100433B",
                "91440300708461136T",
            })
    void acceptsPublishedCodes(String code) {
        assertTrue(CreditCode.isValid(code), code);
        assertEquals(code.substring(2, 8), new CreditCode(code).divisionCode());
    }

    @Test
    void computesTheCheckCharacterOfGb32100() {
        assertEquals(
                "91350100M000100Y43", CreditCode.withCheck("91350100M000100Y4").value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y44", // wrong check character
                "91350100M000100Y4", // 17 characters
                "91350100M0001OOY43", // letter O is not in the alphabet
                "91350100m000100Y43", // lower case
                "913501A0M000100Y43", // division code must be digits
            })
    void rejectsMalformedCodes(String code) {
        assertFalse(CreditCode.isValid(code));
        ZhengzhaoException e = assertThrows(ZhengzhaoException.class, () -> new CreditCode(code));
        assertEquals(ErrorCode.MALFORMED_CREDIT_CODE, e.code());
    }

    @Test
    void checksCitizenIdNumbersWithMod112() {
        // the sample number from GB 11643's annex
        HolderIdType.CITIZEN_ID.check("11010519491231002X");
        ZhengzhaoException e =
                assertThrows(ZhengzhaoException.class, () -> HolderIdType.CITIZEN_ID.check("110105194912310021"));
        assertTrue(e.getMessage().contains("MOD 11-2"));
        assertEquals("11010519491231002X", HolderIdType.citizenIdWithCheck("11010519491231002"));
    }
}
