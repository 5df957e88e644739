package ballflight.simd;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelContractTest;

/** The physics contract every kernel meets (closed forms, the Hipparchus reference), for java-simd. */
class VectorKernelContractTest extends KernelContractTest {
    private final VectorFlightKernel kernel = new VectorFlightKernel();

    @Override
    protected FlightKernel kernel() {
        return kernel;
    }
}
