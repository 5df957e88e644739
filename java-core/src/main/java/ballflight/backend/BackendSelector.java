package ballflight.backend;

import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.spi.KernelProvider;
import ballflight.kernel.spi.KernelUnavailableException;
import java.util.ServiceLoader;

/**
 * Chooses a kernel once per process and remembers why. The native provider is looked up through
 * {@link ServiceLoader} (it lives in the bindings module); the Java kernel is always available.
 */
public final class BackendSelector {
    public static final String NATIVE = "native";

    private BackendSelector() {
    }

    /** Lazily probes the native provider once; every later call reuses the answer. */
    private static final class NativeHolder {
        static final FlightKernel KERNEL;
        static final KernelUnavailableException FAILURE;

        static {
            FlightKernel kernel = null;
            KernelUnavailableException failure = null;
            try {
                kernel = loadNative();
            } catch (KernelUnavailableException e) {
                failure = e;
            }
            KERNEL = kernel;
            FAILURE = failure;
        }

        private static FlightKernel loadNative() throws KernelUnavailableException {
            for (KernelProvider p : ServiceLoader.load(KernelProvider.class)) {
                if (NATIVE.equals(p.name())) {
                    return p.create();
                }
            }
            throw new KernelUnavailableException("no native kernel provider on the class path"
                    + " (ballflight-bindings is missing or registers no provider)");
        }
    }

    private static final FlightKernel JAVA_KERNEL = new JavaFlightKernel();

    public static FlightKernel javaKernel() {
        return JAVA_KERNEL;
    }

    /** The native kernel, or why it is unavailable. */
    public static FlightKernel nativeKernel() throws KernelUnavailableException {
        if (NativeHolder.KERNEL == null) {
            throw NativeHolder.FAILURE;
        }
        return NativeHolder.KERNEL;
    }

    public static BackendSelection select(Backend requested) {
        switch (requested) {
            case JAVA:
                return new BackendSelection(requested, JAVA_KERNEL, "backend: java (requested)");
            case NATIVE:
                try {
                    return new BackendSelection(requested, nativeKernel(), "backend: native (requested)");
                } catch (KernelUnavailableException e) {
                    throw new BackendUnavailableException("backend native was requested but cannot run: "
                            + e.getMessage(), e);
                }
            case AUTO:
            default:
                try {
                    FlightKernel k = nativeKernel();
                    return new BackendSelection(requested, k, "backend: native (auto: native library loaded)");
                } catch (KernelUnavailableException e) {
                    return new BackendSelection(requested, JAVA_KERNEL,
                            "backend: java (auto: native unavailable: " + e.getMessage() + ")");
                }
        }
    }
}
