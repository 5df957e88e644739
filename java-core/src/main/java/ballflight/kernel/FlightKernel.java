package ballflight.kernel;

/**
 * Integrates a batch of flights. Implementations: {@link JavaFlightKernel} (reference and
 * fallback) and the native Rust kernel in the bindings module. Every implementation must give
 * the same bits for the same batch (the parity tests hold them to it).
 */
public interface FlightKernel {

    /** Short backend name: {@code java}, {@code native}. */
    String name();

    /**
     * Integrates flights {@code 0..batch.size()-1}: reads the input columns, writes the output
     * columns and, if {@code path} is not null, the sampled paths.
     *
     * @throws IllegalArgumentException if an input is out of range (see {@link BatchValidator})
     */
    void integrate(FlightBatch batch, KernelParams params, PathBuffer path);

    /** One line for {@code ballflight info}: how this kernel runs here. */
    default String describe() {
        return name();
    }
}
