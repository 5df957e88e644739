package ballflight.simd;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.spi.KernelProvider;
import ballflight.kernel.spi.KernelUnavailableException;

/**
 * Serves the {@code java-simd} kernel to {@link ballflight.backend.BackendSelector} through
 * {@link java.util.ServiceLoader}. The Vector API is an incubator module that the JVM resolves
 * only when asked ({@code --add-modules jdk.incubator.vector}); without it this provider refuses
 * with that reason instead of failing with {@link NoClassDefFoundError} on first use. This class
 * names no Vector API type, so it loads either way.
 */
public final class VectorKernelProvider implements KernelProvider {
    static final String MODULE = "jdk.incubator.vector";

    private static final class Holder {
        static final VectorFlightKernel KERNEL = new VectorFlightKernel();
    }

    @Override
    public String name() {
        return VectorFlightKernel.NAME;
    }

    @Override
    public FlightKernel create() throws KernelUnavailableException {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            throw new KernelUnavailableException("the Vector API module " + MODULE + " is not in the boot layer:"
                    + " add --add-modules " + MODULE + " to the java command line (the ballflight launcher does,"
                    + " except for a one-ball fly, which starts quicker without it)");
        }
        return Holder.KERNEL;
    }
}
