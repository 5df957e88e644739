package ballflight.simd;

import ballflight.parallel.ParallelJavaKernel;

/** The java-simd-parallel kernel the tests share: 3 threads, so two pool threads run (daemon threads). */
final class SimdOnThreeThreads {
    static final ParallelJavaKernel KERNEL = ParallelJavaKernel.over(new VectorFlightKernel(), 3);

    private SimdOnThreeThreads() {
    }
}
