package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelContractTest;
import org.junit.jupiter.api.Test;

/** The physics contract every kernel meets, for java-simd on 3 threads. */
class VectorParallelContractTest extends KernelContractTest {
    @Override
    protected FlightKernel kernel() {
        return SimdOnThreeThreads.KERNEL;
    }

    @Test
    void isNamedAfterTheKernelItSpreads() {
        assertThat(kernel().name()).isEqualTo("java-simd-parallel");
        assertThat(kernel().describe()).startsWith("java-simd-parallel (java-simd on 3 thread(s)");
    }
}
