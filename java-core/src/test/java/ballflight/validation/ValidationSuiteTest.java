package ballflight.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValidationSuiteTest {
    private static final AeroParameters N = AeroParameters.NATHAN;

    private static List<ValidationCheck> run(SimulationMode mode, AeroParameters aero) {
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(mode).aero(aero).build()) {
            return ValidationSuite.run(sim);
        }
    }

    @ParameterizedTest
    @EnumSource(SimulationMode.class)
    void everyCheckPassesInEveryMode(SimulationMode mode) {
        List<ValidationCheck> checks = run(mode, N);
        assertThat(checks).hasSize(9);
        checks.forEach(c -> System.out.printf(java.util.Locale.ROOT, "%s %s: %.2f %s (target %.1f +- %.1f)%n",
                mode, c.name(), c.measured(), c.unit(), c.expected(), c.tolerance()));
        assertThat(checks).allSatisfy(c -> assertThat(c.passed())
                .as("%s: measured %.2f %s, expected %.2f +- %.2f", c.name(), c.measured(), c.unit(), c.expected(),
                        c.tolerance())
                .isTrue());
    }

    @Test
    void everyCheckFailsWithoutAir() {
        // No drag and no lift: a vacuum flight. Weather, wind, spin and speed then act nothing
        // like the real game, so every check must notice.
        AeroParameters vacuum = new AeroParameters(N.massOz(), N.circumferenceIn(), N.gravityFtPerS2(), 0.0, 0.0,
                N.cl0(), N.cl1(), 0.0, N.spinDecayTauSeconds());
        assertThat(run(SimulationMode.FAST, vacuum)).allSatisfy(c -> assertThat(c.passed()).as(c.name()).isFalse());
    }

    @Test
    void backspinCheckFailsWithoutLift() {
        AeroParameters noLift = new AeroParameters(N.massOz(), N.circumferenceIn(), N.gravityFtPerS2(), N.cd0(),
                N.cdSpin(), N.cl0(), N.cl1(), 0.0, N.spinDecayTauSeconds());
        List<ValidationCheck> checks = run(SimulationMode.FAST, noLift);
        ValidationCheck backspin = checks.stream().filter(c -> c.name().startsWith("1500 rpm backspin")).findFirst()
                .orElseThrow();
        assertThat(backspin.passed()).isFalse();
        assertThat(backspin.measured()).as("spin without lift only adds drag").isNegative();
    }

    @Test
    void checkPassesOnlyWithinItsTolerance() {
        assertThat(new ValidationCheck("x", 10, 2, 12, "ft").passed()).isTrue();
        assertThat(new ValidationCheck("x", 10, 2, 7.9, "ft").passed()).isFalse();
        assertThat(new ValidationCheck("x", 10, 2, Double.NaN, "ft").passed()).isFalse();
    }
}
