package ballflight.kernel;

/** The contract, for the pure-Java reference kernel. */
class JavaKernelTest extends KernelContractTest {
    private static final FlightKernel KERNEL = new JavaFlightKernel();

    @Override
    protected FlightKernel kernel() {
        return KERNEL;
    }
}
