package ballflight.spark;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.Stepping;
import java.io.Serializable;

/**
 * How each executor flies its balls: the backend ({@code auto} picks per machine, as the CLI
 * does) and the stepping. Shipped to the executors with the task, so it is a plain value.
 *
 * @param backend which kernel family
 * @param toleranceFt tolerance stepping's position tolerance, ft (the CLI's default is 0.01)
 */
public record FlySettings(Backend backend, double toleranceFt) implements Serializable {
    /** What {@code ballflight fly} uses without options: auto, tolerance 0.01 ft. */
    public static FlySettings cliDefault() {
        return new FlySettings(Backend.AUTO, Stepping.DEFAULT_TOLERANCE_FT);
    }

    FlightSimulator.Builder builder() {
        return FlightSimulator.builder().backend(backend).toleranceFt(toleranceFt);
    }
}
