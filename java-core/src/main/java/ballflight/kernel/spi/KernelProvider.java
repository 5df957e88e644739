package ballflight.kernel.spi;

import ballflight.kernel.FlightKernel;

/**
 * A kernel implementation found with {@link java.util.ServiceLoader}, so java-core never names
 * the native kernel. A provider that cannot run here throws {@link KernelUnavailableException}
 * from {@link #create()} with every reason and the flag or property that would fix it.
 */
public interface KernelProvider {

    /** Backend name this provider serves: {@code native}. */
    String name();

    /** Creates (or returns the shared) kernel; may load a native library on first call. */
    FlightKernel create() throws KernelUnavailableException;
}
