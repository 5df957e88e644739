package ballflight.simd;

import ballflight.backend.BackendSelector;
import ballflight.kernel.spi.KernelUnavailableException;

/** Child-JVM entry point for {@link VectorKernelProviderTest}: prints what the selector finds. */
public final class ProviderStatusMain {
    private ProviderStatusMain() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("java-simd available: " + BackendSelector.simdKernel().describe());
        } catch (KernelUnavailableException e) {
            System.out.println("java-simd unavailable: " + e.getMessage());
        }
    }
}
