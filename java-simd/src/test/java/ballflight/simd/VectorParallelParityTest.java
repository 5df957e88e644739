package ballflight.simd;

import ballflight.kernel.FlightKernel;

/**
 * java-simd-parallel gives the scalar kernel's bits too: every case of {@link VectorParityTest},
 * with chunks that end inside a lane group.
 */
class VectorParallelParityTest extends VectorParityTest {
    @Override
    protected FlightKernel kernel() {
        return SimdOnThreeThreads.KERNEL;
    }
}
