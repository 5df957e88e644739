package ballflight.nativekernel;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.spi.KernelProvider;
import ballflight.kernel.spi.KernelUnavailableException;

/**
 * Serves the {@code native} backend to {@link ballflight.backend.BackendSelector} through
 * {@link java.util.ServiceLoader}. Loads the library once per process (see
 * {@link NativeLibraryLoader} for where it looks) and remembers a failure with all its reasons.
 *
 * <p>System property {@value #THREADS_PROPERTY}: native threads per call (default: available
 * processors; 1 = calling thread only).
 */
public final class NativeKernelProvider implements KernelProvider {
    public static final String THREADS_PROPERTY = "ballflight.native.threads";

    private static final class Holder {
        static final NativeFlightKernel KERNEL;
        static final KernelUnavailableException FAILURE;

        static {
            NativeFlightKernel kernel = null;
            KernelUnavailableException failure = null;
            try {
                kernel = loadKernel();
            } catch (KernelUnavailableException e) {
                failure = e;
            }
            KERNEL = kernel;
            FAILURE = failure;
        }
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public FlightKernel create() throws KernelUnavailableException {
        return kernel();
    }

    /** The process-wide native kernel, loaded on first use. */
    public static NativeFlightKernel kernel() throws KernelUnavailableException {
        if (Holder.KERNEL == null) {
            // A fresh exception per call keeps the caller's stack; the cause has the load's.
            throw new KernelUnavailableException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.KERNEL;
    }

    private static NativeFlightKernel loadKernel() throws KernelUnavailableException {
        Module module = NativeKernelProvider.class.getModule();
        String flag = "--enable-native-access=" + (module.isNamed() ? module.getName() : "ALL-UNNAMED");
        NativeFlightKernel kernel;
        try {
            kernel = new NativeFlightKernel(NativeLibraryLoader.load());
        } catch (IllegalCallerException e) {
            throw new KernelUnavailableException("native access is not enabled for "
                    + (module.isNamed() ? "module " + module.getName() : "the class path")
                    + ": add " + flag + " to the java command line", e);
        } catch (IllegalStateException e) {
            throw new KernelUnavailableException(e.getMessage(), e);
        }
        int threads = threadsFromProperty();
        try {
            kernel.setThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new KernelUnavailableException("-D" + THREADS_PROPERTY + "=" + threads + " refused: "
                    + e.getMessage(), e);
        }
        return kernel;
    }

    private static int threadsFromProperty() throws KernelUnavailableException {
        String text = System.getProperty(THREADS_PROPERTY);
        if (text == null || text.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new KernelUnavailableException("-D" + THREADS_PROPERTY + "=" + text
                    + " is not a whole number (0 = all cores, 1 = calling thread only)", e);
        }
    }
}
