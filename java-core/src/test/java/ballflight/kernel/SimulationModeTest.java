package ballflight.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.model.InputException;
import org.junit.jupiter.api.Test;

class SimulationModeTest {

    @Test
    void parsesNamesLeniently() {
        assertThat(SimulationMode.parse("accurate")).isEqualTo(SimulationMode.ACCURATE);
        assertThat(SimulationMode.parse(" Ultra-Fast ")).isEqualTo(SimulationMode.ULTRA_FAST);
        assertThat(SimulationMode.parse("EXTREME")).isEqualTo(SimulationMode.EXTREME);
    }

    @Test
    void unknownModeListsTheChoices() {
        assertThatThrownBy(() -> SimulationMode.parse("ludicrous")).isInstanceOf(InputException.class)
                .hasMessage("mode = 'ludicrous' is not one of: accurate, fast, ultra_fast, extreme");
    }

    @Test
    void stepsGetCoarserInOrder() {
        SimulationMode[] m = SimulationMode.values();
        for (int i = 1; i < m.length; i++) {
            assertThat(m[i].dtSeconds()).isGreaterThan(m[i - 1].dtSeconds());
        }
        assertThat(m[m.length - 1].dtSeconds()).isLessThanOrEqualTo(KernelParams.MAX_DT_SECONDS);
    }

    @Test
    void kernelParamsRejectABadStep() {
        assertThatThrownBy(() -> KernelParams.of(ballflight.model.AeroParameters.NATHAN, 0.5))
                .isInstanceOf(InputException.class).hasMessageContaining("dt_seconds = 0.5");
    }
}
