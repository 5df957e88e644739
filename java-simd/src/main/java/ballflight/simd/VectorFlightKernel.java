package ballflight.simd;

import ballflight.kernel.BatchValidator;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;

/**
 * The pure-Java SIMD kernel ({@code java-simd}): the scalar Java kernel's arithmetic run in
 * {@link LockstepIntegrator#SPECIES} lanes with the incubating Vector API, one flight per lane,
 * with the same bits as {@link JavaFlightKernel} (held to it by the parity test). Drag models it
 * does not know (added to the scalar kernel after this one was written) run on the scalar kernel.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector} on the JVM that loads it.
 */
public final class VectorFlightKernel implements FlightKernel {
    public static final String NAME = "java-simd";

    /** One lockstep integrator (lane arrays) per thread, reused, so a call allocates nothing. */
    private static final ThreadLocal<LockstepIntegrator> INTEGRATORS = ThreadLocal.withInitial(LockstepIntegrator::new);

    private final JavaFlightKernel scalar = new JavaFlightKernel();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return NAME + " (Vector API RK4, " + lanes() + " lanes of " + LockstepIntegrator.SPECIES.vectorBitSize()
                + " bits, single thread per call; drag models nathan and crisis, any other model runs on the"
                + " scalar java kernel, and so does tolerance stepping)";
    }

    /** Flights integrated side by side. */
    public static int lanes() {
        return LockstepIntegrator.SPECIES.length();
    }

    /**
     * Whether {@code params} run in lanes here (false: the scalar kernel integrates them, as it does
     * tolerance stepping: lanes in lockstep cannot each take their own steps yet).
     */
    public static boolean vectorizes(KernelParams params) {
        return LockstepIntegrator.supports(params.dragModel()) && !params.toleranceStepping();
    }

    @Override
    public void integrate(FlightBatch batch, KernelParams params, PathBuffer path) {
        BatchValidator.check(batch, params, path);
        if (!vectorizes(params)) {
            scalar.integrate(batch, params, path);
            return;
        }
        INTEGRATORS.get().integrate(batch, params, path);
    }
}
