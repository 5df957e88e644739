package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.AeroParameters;
import ballflight.model.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** The rules of {@code BfParams::validate} (native-rust tests/abi.rs checks the same messages). */
class KernelParamsTest {
    private static final KernelParams BASE = KernelParams.of(AeroParameters.NATHAN, 0.001);

    /** Rebuilds BASE with one field replaced through the record's canonical constructor. */
    private static KernelParams with(String field, double v) {
        KernelParams b = BASE;
        return new KernelParams(b.dtSeconds(), b.maxSteps(),
                field.equals("gravity") ? v : b.gravity(), field.equals("radius") ? v : b.radius(),
                field.equals("cd0") ? v : b.cd0(), field.equals("cdSpinPerRadPerS") ? v : b.cdSpinPerRadPerS(),
                field.equals("cl0") ? v : b.cl0(), field.equals("cl1") ? v : b.cl1(), field.equals("cl2") ? v : b.cl2(),
                field.equals("decayHalfStep") ? v : b.decayHalfStep(),
                field.equals("decayFullStep") ? v : b.decayFullStep(),
                field.equals("shearMinHeight") ? v : b.shearMinHeight(), b.dragModel(),
                field.equals("crisisCdDelta") ? v : b.crisisCdDelta(),
                field.equals("crisisSpeed") ? v : b.crisisSpeed(),
                field.equals("crisisExpScale") ? v : b.crisisExpScale());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("gravity", Double.NaN, "gravity = NaN must be a finite number > 0"),
                Arguments.of("gravity", 0.0, "gravity = 0.0 must be a finite number > 0"),
                Arguments.of("radius", Double.POSITIVE_INFINITY, "radius = Infinity must be a finite number > 0"),
                Arguments.of("cd0", -0.1, "cd0 = -0.1 must be a finite number >= 0"),
                Arguments.of("cdSpinPerRadPerS", Double.NaN, "cdSpinPerRadPerS = NaN must be a finite number >= 0"),
                Arguments.of("cl0", 0.0, "cl0 = 0.0 must be a finite number > 0"),
                Arguments.of("cl1", -2.0, "cl1 = -2.0 must be a finite number >= 0"),
                Arguments.of("cl2", Double.NEGATIVE_INFINITY, "cl2 = -Infinity must be a finite number >= 0"),
                Arguments.of("decayHalfStep", 0.0, "decayHalfStep = 0.0 must be in (0, 1]"),
                Arguments.of("decayFullStep", 1.5, "decayFullStep = 1.5 must be in (0, 1]"),
                Arguments.of("shearMinHeight", -1.0, "shearMinHeight = -1.0 must be a finite number > 0"),
                Arguments.of("crisisCdDelta", -0.2, "crisisCdDelta = -0.2 must be a finite number >= 0"),
                Arguments.of("crisisSpeed", Double.NaN, "crisisSpeed = NaN must be a finite number >= 0"),
                Arguments.of("crisisExpScale", Double.POSITIVE_INFINITY,
                        "crisisExpScale = Infinity must be a finite number > 0"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void everyFieldIsCheckedWithItsNameAndRange(String field, double value, String message) {
        assertThatThrownBy(() -> with(field, value)).isInstanceOf(InputException.class).hasMessage(message)
                .extracting(e -> ((InputException) e).field()).isEqualTo(field);
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void theBaseValueOfEachFieldIsAccepted(String field, double ignored, String ignoredMessage) {
        assertThatCode(() -> with(field, switch (field) {
            case "gravity" -> BASE.gravity();
            case "decayFullStep" -> 1.0;
            case "cd0", "cl1", "cl2", "crisisCdDelta", "crisisSpeed", "cdSpinPerRadPerS" -> 0.0;
            default -> 0.5;
        })).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void aDecayFactorAboveOneNeverReachesAKernel() {
        assertThatThrownBy(() -> with("decayHalfStep", 1.0000001)).hasMessageContaining("decayHalfStep");
        assertThatThrownBy(() -> BASE.withMaxSteps(0)).hasMessage("maxSteps = 0 outside 1..100000000");
    }
}
