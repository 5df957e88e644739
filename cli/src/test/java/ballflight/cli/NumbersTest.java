package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.units.Decimals;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

    /** The fast path must print exactly what Double.toString prints for the rounded value. */
    private static void assertSameAsDoubleToString(double value, int decimals) {
        assertThat(Numbers.roundedText(value, decimals))
                .as("%s at %d decimals", value, decimals)
                .isEqualTo(Double.toString(Decimals.round(value, decimals)));
    }

    @Test
    void roundedTextMatchesDoubleToStringOverEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(20261205);
        for (int i = 0; i < 2_000_000; i++) {
            // Log-uniform magnitudes from 1e-6 to 1e9 cover both sides of the plain-notation range.
            double magnitude = Math.pow(10, -6 + 15 * random.nextDouble());
            double value = random.nextBoolean() ? magnitude : -magnitude;
            assertSameAsDoubleToString(value, 3);
            if (i % 8 == 0) {
                assertSameAsDoubleToString(value, random.nextInt(0, 7));
            }
        }
    }

    @Test
    void roundedTextMatchesDoubleToStringAtTheEdges() {
        double[] values = {0.0, -0.0, 0.0004, -0.0004, 0.0005, -0.0005, 0.001, 0.0015, 0.01, 0.1, 0.5, 1.0,
                -1.0, 9.9995, 358.3, 358.30049, 1.0005, 2.675, 9_999_999.9994, 9_999_999.9996, 1e7, -1e7,
                123_456.789, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double v : values) {
            for (int decimals = 0; decimals <= 7; decimals++) {
                assertSameAsDoubleToString(v, decimals);
            }
        }
        // Every value a batch column takes in practice: thousandths of a foot up to 1,000 ft.
        for (long units = -1_000_000; units <= 1_000_000; units++) {
            assertSameAsDoubleToString(units / 1000.0, 3);
        }
    }

    @Test
    void roundedTextKeepsOneDecimalForWholeNumbersAndDropsTrailingZeros() {
        assertThat(Numbers.roundedText(150.0, 3)).isEqualTo("150.0");
        assertThat(Numbers.roundedText(358.2996, 3)).isEqualTo("358.3");
        assertThat(Numbers.roundedText(-0.0004, 3)).isEqualTo("0.0");
        assertThat(Numbers.roundedText(0.0123, 3)).isEqualTo("0.012");
    }
}
