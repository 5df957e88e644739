package ballflight.nativekernel;

import static org.junit.jupiter.api.Assertions.fail;

import ballflight.kernel.spi.KernelUnavailableException;
import org.junit.jupiter.api.Assumptions;

/** The native kernel for a test, or a skip (a failure under -Dballflight.native.required=true). */
final class NativeTestSupport {
    static final String REQUIRED_PROPERTY = "ballflight.native.required";

    private NativeTestSupport() {
    }

    static NativeFlightKernel kernel() {
        try {
            return NativeKernelProvider.kernel();
        } catch (KernelUnavailableException e) {
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                return fail("the native library is required (-D" + REQUIRED_PROPERTY + "=true) but did not load: "
                        + e.getMessage(), e);
            }
            Assumptions.abort("native library not available, test skipped (set -D" + REQUIRED_PROPERTY
                    + "=true to fail instead): " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
