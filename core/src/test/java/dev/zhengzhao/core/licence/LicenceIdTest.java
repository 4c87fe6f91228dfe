package dev.zhengzhao.core.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengzhao.core.error.ErrorCode;
import dev.zhengzhao.core.error.ZhengzhaoException;
import dev.zhengzhao.core.testing.Fixtures;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceIdTest {
    private static final LicenceId SAMPLE =
            new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "A1B2C3D4E5F6G7H8J9K0", 1);

    @Test
    void formatsWithRootPartsAndCheckCharacter() {
        String text = SAMPLE.text();
        assertTrue(text.startsWith(
                "1.2.156.3005.2." + Fixtures.FOOD_TYPE + "." + Fixtures.GUANGZHOU + ".A1B2C3D4E5F6G7H8J9K0.001."));
        assertEquals(SAMPLE, LicenceId.parse(text));
    }

    @Test
    void writesTheVersionAsThreeAsciiDigitsAndReadsNoOtherDigits() {
        for (int v : new int[] {1, 9, 10, 42, 99, 100, 305, 999}) {
            LicenceId id = new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "A1", v);
            assertEquals(String.valueOf(1000 + v).substring(1), id.versionText());
            assertEquals(id, LicenceId.parse(id.text()));
        }
        // Arabic-Indic digits are digits to Character.isDigit and Integer.parseInt, not to the format
        String text = SAMPLE.text();
        String eastern =
                text.substring(0, text.length() - 5) + "\u0660\u0660\u0661" + text.substring(text.length() - 2);
        ZhengzhaoException e = assertThrows(ZhengzhaoException.class, () -> LicenceId.parse(eastern));
        assertTrue(e.getMessage().contains("version part"), e.getMessage());
    }

    @Test
    void checkCharacterFollowsIso7064Mod3736() {
        // Worked by hand from the standard's definition on a short input: "0" -> p=36, s=36, p=(72 mod 37)=35;
        // check = (37 - 35) mod 36 = 2.
        assertEquals('2', Iso7064.mod3736("0"));
        // A property of a hybrid system: appending the check character makes the running value 1.
        for (String data : new String[] {
            "A", "ZZ", "11440000MB2C93225J001", SAMPLE.series().replace(".", "") + "001"
        }) {
            char check = Iso7064.mod3736(data);
            assertTrue(Character.isLetterOrDigit(check));
            assertEquals(1, Iso7064Check.running(data + check));
        }
    }

    @Test
    void detectsEverySingleCharacterSubstitution() {
        String text = SAMPLE.text();
        int start = LicenceId.ROOT.length() + 1;
        for (int i = start; i < text.length() - 2; i++) {
            if (text.charAt(i) == '.') {
                continue;
            }
            char original = text.charAt(i);
            char replacement = original == '7' ? '8' : '7';
            String mutated = text.substring(0, i) + replacement + text.substring(i + 1);
            assertThrows(ZhengzhaoException.class, () -> LicenceId.parse(mutated), "mutation at " + i + " accepted");
        }
    }

    @Test
    void generatesTwentyCharacterSerialsThatRoundTrip() {
        Random random = new Random(42);
        LicenceId a = LicenceId.generate(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, random);
        LicenceId b = LicenceId.generate(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, random);
        assertEquals(20, a.serial().length());
        assertTrue(a.serial().matches("[A-Z0-9]{20}"));
        assertNotEquals(a, b);
        assertEquals(a, LicenceId.parse(a.text()));
        assertEquals(2, a.nextVersion().version());
        assertEquals(a.series(), a.nextVersion().series());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|empty",
                "1.2.156.3005.3.X|root",
                "1.2.156.3005.2.a.b|5 parts",
                "1.2.156.3005.2.11440000MB2C93225J00.11440100MB2A31840X.ABC.001.Q|type code part",
                "1.2.156.3005.2.{type}.11440100MB2A3184.ABC.001.Q|issuer code part",
                "1.2.156.3005.2.{type}.{issuer}.abc.001.Q|serial part",
                "1.2.156.3005.2.{type}.{issuer}..001.Q|serial part is empty",
                "1.2.156.3005.2.{type}.{issuer}.ABC.1.Q|version part",
                "1.2.156.3005.2.{type}.{issuer}.ABC.000.Q|version part",
                "1.2.156.3005.2.{type}.{issuer}.ABC.001.QQ|check part",
                "1.2.156.3005.2.{type}.{issuer}.ABC.001.{wrongcheck}|check character",
            })
    void rejectsMalformedIdentifiersSayingWhichPart(String template, String expectedWords) {
        LicenceId good = new LicenceId(Fixtures.FOOD_TYPE, Fixtures.GUANGZHOU, "ABC", 1);
        char wrong = good.checkCharacter() == 'Q' ? 'R' : 'Q';
        String text = template.replace("{type}", Fixtures.FOOD_TYPE.value())
                .replace("{issuer}", Fixtures.GUANGZHOU.value())
                .replace("{wrongcheck}", String.valueOf(wrong));
        ZhengzhaoException e = assertThrows(ZhengzhaoException.class, () -> LicenceId.parse(text));
        assertEquals(ErrorCode.MALFORMED_LICENCE_ID, e.code());
        assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
    }

    /** The hybrid system's last intermediate value s; a correct check character makes it 1. */
    static final class Iso7064Check {
        static int running(String s) {
            int p = 36;
            int t = 0;
            for (char c : s.toCharArray()) {
                int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
                t = (p + v) % 36;
                if (t == 0) {
                    t = 36;
                }
                p = (t * 2) % 37;
            }
            return t;
        }
    }
}
