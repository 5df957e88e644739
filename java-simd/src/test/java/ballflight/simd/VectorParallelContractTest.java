package ballflight.simd;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelContractTest;
import ballflight.parallel.ParallelJavaKernel;
import org.junit.jupiter.api.Test;

/** The physics contract every kernel meets, for java-simd on 3 threads. */
class VectorParallelContractTest extends KernelContractTest {
    private static final ParallelJavaKernel KERNEL = ParallelJavaKernel.over(new VectorFlightKernel(), 3);

    @Override
    protected FlightKernel kernel() {
        return KERNEL;
    }

    @Test
    void isNamedAfterTheKernelItSpreads() {
        assertThat(KERNEL.name()).isEqualTo("java-simd-parallel");
        assertThat(KERNEL.describe()).startsWith("java-simd-parallel (java-simd on 3 thread(s)");
    }
}
