package ballflight.simd;

import ballflight.kernel.FlightKernel;
import ballflight.parallel.ParallelJavaKernel;
import org.junit.jupiter.api.AfterAll;

/**
 * java-simd-parallel (java-simd on 3 threads, so two pool threads run) gives the scalar kernel's
 * bits too: every case of {@link VectorParityTest}, with chunks that end inside a lane group.
 */
class VectorParallelParityTest extends VectorParityTest {
    private static final ParallelJavaKernel KERNEL = ParallelJavaKernel.over(new VectorFlightKernel(), 3);

    @Override
    protected FlightKernel kernel() {
        return KERNEL;
    }

    @AfterAll
    static void stopThePool() {
        KERNEL.close();
    }
}
