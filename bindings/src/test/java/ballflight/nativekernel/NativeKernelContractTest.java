package ballflight.nativekernel;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.KernelContractTest;

/** The shared kernel contract (closed forms, Hipparchus reference, events, bad input), for the Rust kernel. */
class NativeKernelContractTest extends KernelContractTest {

    @Override
    protected FlightKernel kernel() {
        return NativeTestSupport.kernel();
    }
}
