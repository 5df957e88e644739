package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastDecimalTest {

    private static void assertSameAsParseDouble(String text) {
        assertThat(Double.doubleToRawLongBits(FastDecimal.parse(text))).as(text)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Test
    void randomDecimalsGiveParseDoublesBits() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000_000; i++) {
            int digits = random.nextInt(1, 19); // past the fast path's 15 as well
            StringBuilder s = new StringBuilder();
            if (random.nextInt(4) == 0) {
                s.append(random.nextBoolean() ? '-' : '+');
            }
            int point = random.nextInt(-1, digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    s.append('.');
                }
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (point == digits) {
                s.append('.');
            }
            assertSameAsParseDouble(s.toString());
        }
    }

    @Test
    void edgeCasesGiveParseDoublesBits() {
        for (String s : new String[] {"0", "-0", "+0", "-0.0", ".5", "5.", "0.1", "0.3", "9007199254740993",
                "999999999999999", "0.000000000000000000001", "1.0000000000000000000001", "85.7", "2779",
                "-12.25", "1e3", "1E-3", "NaN", "-Infinity", "00000000000000000001.5"}) {
            assertSameAsParseDouble(s);
        }
    }

    @Test
    void badTextFailsAsParseDoubleDoes() {
        for (String s : new String[] {"", "-", ".", "1.2.3", "abc", "1,5"}) {
            assertThatThrownBy(() -> FastDecimal.parse(s)).as(s).isInstanceOf(NumberFormatException.class);
        }
    }
}
