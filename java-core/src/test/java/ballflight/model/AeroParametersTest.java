package ballflight.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AeroParametersTest {
    private static final AeroParameters N = AeroParameters.NATHAN;

    private static AeroParameters aero(double cd0, double cdSpin, double cl0, double cl1, double cl2) {
        return new AeroParameters(N.massOz(), N.circumferenceIn(), N.gravityFtPerS2(), cd0, cdSpin, cl0, cl1, cl2,
                N.spinDecayTauSeconds());
    }

    @Test
    void negativeDragAndLiftConstantsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> aero(-0.1, N.cdSpin(), N.cl0(), N.cl1(), N.cl2()))
                .isInstanceOf(InputException.class).hasMessage("cd0 = -0.1 must be a finite number >= 0");
        assertThatThrownBy(() -> aero(N.cd0(), -0.01, N.cl0(), N.cl1(), N.cl2()))
                .hasMessage("cdSpin = -0.01 must be a finite number >= 0");
        assertThatThrownBy(() -> aero(N.cd0(), N.cdSpin(), N.cl0(), N.cl1(), -1.0))
                .hasMessage("cl2 = -1.0 must be a finite number >= 0");
        assertThatThrownBy(() -> aero(N.cd0(), N.cdSpin(), 0.0, N.cl1(), N.cl2()))
                .hasMessage("cl0 = 0.0 must be a finite number > 0");
    }

    @Test
    void noLiftConstantsCanZeroTheLiftDenominator() {
        // cl0 + cl1 * S = 0 at S = 0.25 with cl0 = 0.583: refused through cl1's sign.
        assertThatThrownBy(() -> aero(N.cd0(), N.cdSpin(), N.cl0(), -N.cl0() / 0.25, N.cl2()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("cl1 = -2.332 must be a finite number >= 0")
                .extracting(e -> ((InputException) e).field()).isEqualTo("cl1");
    }

    @Test
    void zeroDragAndLiftStayAllowed() {
        // The validation suite's vacuum ball.
        assertThat(aero(0.0, 0.0, N.cl0(), 0.0, 0.0).cd0()).isZero();
    }

    @Test
    void negativeCrisisConstantsAreRefused() {
        assertThatThrownBy(() -> new AeroParameters(N.massOz(), N.circumferenceIn(), N.gravityFtPerS2(), 0.2,
                N.cdSpin(), N.cl0(), N.cl1(), N.cl2(), N.spinDecayTauSeconds(), DragModel.CRISIS, -0.2, 35.0, 5.0))
                .hasMessage("crisisCdDelta = -0.2 must be a finite number >= 0");
    }
}
