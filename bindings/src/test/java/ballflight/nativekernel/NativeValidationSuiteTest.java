package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.validation.ValidationCheck;
import ballflight.validation.ValidationSuite;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The physical relationships of the validation suite, through the public API on the native backend. */
class NativeValidationSuiteTest {

    @Test
    void nativeBackendPassesTheSuiteWithJavasNumbers() {
        NativeTestSupport.kernel();
        List<ValidationCheck> nativeChecks;
        List<ValidationCheck> javaChecks;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.NATIVE).build()) {
            assertThat(sim.kernel().name()).isEqualTo("native");
            nativeChecks = ValidationSuite.run(sim);
        }
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).build()) {
            javaChecks = ValidationSuite.run(sim);
        }
        assertThat(nativeChecks).hasSameSizeAs(javaChecks).isNotEmpty();
        for (int i = 0; i < nativeChecks.size(); i++) {
            ValidationCheck n = nativeChecks.get(i);
            assertThat(n.passed()).as(n.name() + ": measured " + n.measured() + " " + n.unit()).isTrue();
            assertThat(Double.doubleToRawLongBits(n.measured())).as(n.name() + " native vs java")
                    .isEqualTo(Double.doubleToRawLongBits(javaChecks.get(i).measured()));
        }
    }
}
