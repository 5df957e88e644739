package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Bad input is rejected before any lane runs, with the flight and column named (BatchValidator). */
class VectorKernelInputTest {
    private static final KernelParams PARAMS = KernelParams.of(AeroParameters.NATHAN, SimulationMode.FAST.dtSeconds());
    private final VectorFlightKernel kernel = new VectorFlightKernel();

    private static FlightBatch flights(int n) {
        return RandomFlights.batch(RandomGeneratorFactory.of("L64X128MixRandom").create(5), n);
    }

    @Test
    void nonFiniteInputNamesFlightAndColumn() {
        try (FlightBatch b = flights(6)) {
            b.set(BatchColumn.VY, 5, Double.NaN);
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("flight 5").hasMessageContaining("vy").hasMessageContaining("finite");
            // Nothing was integrated: the outputs are untouched.
            assertThat(b.get(BatchColumn.T_END, 0)).isZero();
        }
    }

    @Test
    void outOfRangeInputNamesTheAllowedRange() {
        try (FlightBatch b = flights(3)) {
            b.set(BatchColumn.SHEAR_REFERENCE_HEIGHT, 2, 0.0);
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("flight 2").hasMessageContaining("shear_reference_height")
                    .hasMessageContaining("> 0");
            b.set(BatchColumn.SHEAR_REFERENCE_HEIGHT, 2, 10.0);
            b.set(BatchColumn.DRAG_K, 1, -0.1);
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, null))
                    .hasMessageContaining("flight 1").hasMessageContaining("drag_k").hasMessageContaining(">= 0");
        }
    }

    @Test
    void emptyBatchAndShortPathBufferAreRejected() {
        try (FlightBatch b = flights(4); PathBuffer path = PathBuffer.allocate(3, 4, 1)) {
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, path))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path buffer holds 3");
            b.setSize(0);
            assertThatThrownBy(() -> kernel.integrate(b, PARAMS, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        }
    }

    @Test
    void describesItsLanesAndTheScalarFallback() {
        assertThat(kernel.name()).isEqualTo("java-simd");
        assertThat(kernel.describe()).contains(VectorFlightKernel.lanes() + " lanes").contains("scalar java kernel");
        assertThat(VectorFlightKernel.vectorizes(PARAMS)).isTrue();
        assertThat(VectorFlightKernel.vectorizes(KernelParams.of(AeroParameters.CRISIS, 0.001))).isTrue();
    }
}
