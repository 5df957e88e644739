package ballflight.parallel;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelContractTest;

/** The kernel contract for the multi-threaded Java kernel (3 threads, so two pool threads run). */
class ParallelJavaKernelContractTest extends KernelContractTest {
    private static final ParallelJavaKernel KERNEL = new ParallelJavaKernel(3);

    @Override
    protected FlightKernel kernel() {
        return KERNEL;
    }
}
