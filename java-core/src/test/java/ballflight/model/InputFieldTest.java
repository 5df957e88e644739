package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InputFieldTest {

    @ParameterizedTest
    @EnumSource(InputField.class)
    void nonFiniteAndOutOfRangeValuesNameTheFieldAndRange(InputField f) {
        String range = "allowed " + fmt(f.min()) + " to " + fmt(f.max());
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            f.min() - 1, f.max() + 0.5}) {
            assertThatThrownBy(() -> f.check(bad)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(f.column() + " = ").hasMessageContaining(range)
                    .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo(f.column()));
        }
        assertThat(f.check(f.min())).isEqualTo(f.min());
        assertThat(f.check(f.max())).isEqualTo(f.max());
    }

    @Test
    void messagesAreOneReadableLine() {
        assertThatThrownBy(() -> InputField.EXIT_VELOCITY.check(151))
                .hasMessage("exit_velocity_mph = 151 is out of range: allowed 0 to 150 mph");
        assertThatThrownBy(() -> InputField.WIND_SHEAR_EXPONENT.check(1.5))
                .hasMessage("wind_shear_exponent = 1.5 is out of range: allowed 0 to 1");
        assertThatThrownBy(() -> InputField.LAUNCH_ANGLE.check(Double.NaN))
                .hasMessage("launch_angle_deg = NaN is out of range: allowed -90 to 90 deg");
    }

    @Test
    void parseAcceptsNumbersAndRejectsTheRest() {
        assertThat(InputField.LAUNCH_ANGLE.parse(" 28.5 ")).isEqualTo(28.5);
        assertThatThrownBy(() -> InputField.LAUNCH_ANGLE.parse("steep"))
                .isInstanceOf(InputException.class)
                .hasMessage("launch_angle_deg = 'steep' is not a number: allowed -90 to 90 deg");
        assertThatThrownBy(() -> InputField.BACKSPIN.parse(null)).hasMessageContaining("backspin_rpm = ''");
        assertThatThrownBy(() -> InputField.BACKSPIN.parse("9000")).hasMessageContaining("backspin_rpm = 9000");
        assertThatThrownBy(() -> InputField.BACKSPIN.parse("Infinity")).hasMessageContaining("backspin_rpm = Infinity");
        assertThat(InputField.LAUNCH_ANGLE.parse("-1.5e1")).isEqualTo(-15.0);
        assertThat(InputField.LAUNCH_ANGLE.parse(".5")).isEqualTo(0.5);
        for (String javaOnlyNumber : new String[] {"100f", "28d", "0x1p4", "1_000"}) {
            assertThatThrownBy(() -> InputField.EXIT_VELOCITY.parse(javaOnlyNumber))
                    .as(javaOnlyNumber).hasMessageContaining("is not a number");
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void theNumberScanAcceptsExactlyThePlainDecimalGrammar() {
        // The grammar as a regular expression (what the scan replaced), against random strings.
        java.util.regex.Pattern grammar = java.util.regex.Pattern.compile(
                "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?:NaN|Infinity)");
        String alphabet = "0123456789+-.eE fxNaIinty";
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        int accepted = 0;
        for (int k = 0; k < 300_000; k++) {
            int len = rng.nextInt(0, 9);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < len; j++) {
                b.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean expected = grammar.matcher(s).matches();
            org.assertj.core.api.Assertions.assertThat(InputField.isPlainDecimal(s)).as("'" + s + "'").isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        for (String s : new String[] {"1", "-1.5", "+.5", "5.", "1e5", "1.5E-3", "NaN", "-Infinity", "0.0"}) {
            org.assertj.core.api.Assertions.assertThat(InputField.isPlainDecimal(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", ".", "+", "e5", "1e", "1e+", "100f", "0x1p3", "1.2.3", "NaNx", "--1", " 1"}) {
            org.assertj.core.api.Assertions.assertThat(InputField.isPlainDecimal(s)).as(s).isFalse();
        }
        org.assertj.core.api.Assertions.assertThat(accepted).as("the random strings include numbers").isGreaterThan(1000);
    }
}
