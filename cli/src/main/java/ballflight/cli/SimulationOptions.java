package ballflight.cli;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import ballflight.model.InputException;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --backend}, {@code --mode}, {@code --tolerance} and {@code --model}: shared by every command
 * that flies balls.
 */
final class SimulationOptions {
    /** Commands that default to tolerance stepping; the others default to the ACCURATE mode. */
    static final Set<String> TOLERANCE_BY_DEFAULT = Set.of("fly", "pa", "game", "season", "project", "fidelity", "parks", "serve");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--backend", paramLabel = "auto|java|native", defaultValue = "auto",
            description = "Kernel: auto (native when loadable, else java), java, native. Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--mode", paramLabel = "accurate|fast|ultra_fast|extreme",
            description = "Fixed RK4 step: accurate 1 ms, fast 2 ms, ultra_fast 5 ms, extreme 10 ms."
                    + " Default: accurate for validate, demo and bench; fly, pa, game and season default to"
                    + " --tolerance " + Stepping.DEFAULT_TOLERANCE_FT + ".")
    String mode;

    @Option(names = "--tolerance", paramLabel = "FT",
            description = "Tolerance stepping: adaptive steps keeping distance, apex and the height at the fence"
                    + " within FT of the converged solution (hang time FT/100 s, a pitch's plate crossing FT/10);"
                    + " " + Stepping.MIN_TOLERANCE_FT + " to " + Stepping.MAX_TOLERANCE_FT + ". Not with --mode.")
    String tolerance;

    @Option(names = "--model", paramLabel = "nathan|crisis|crisis-table", defaultValue = "nathan",
            description = "Drag model: nathan (Nathan's calculator), crisis (speed-dependent drag with the drag"
                    + " crisis, docs/PHYSICS.md) or crisis-table (the same law read from a bilinear speed x spin"
                    + " table). Default: ${DEFAULT-VALUE}.")
    String model;

    Backend backend() {
        return OptionValues.withOption("--backend", () -> Backend.parse(backend));
    }

    /** The stepping asked for, or this command's default; parsing errors name the option. */
    Stepping stepping() {
        if (mode != null && tolerance != null) {
            throw new InputException("--tolerance", "--mode and --tolerance exclude each other: give one");
        }
        if (tolerance != null) {
            return OptionValues.withOption("--tolerance", () -> Stepping.parseTolerance(tolerance));
        }
        if (mode != null) {
            return Stepping.fixed(OptionValues.withOption("--mode", () -> SimulationMode.parse(mode)));
        }
        boolean toleranceDefault = command != null && TOLERANCE_BY_DEFAULT.contains(command.name());
        return toleranceDefault ? Stepping.tolerance(Stepping.DEFAULT_TOLERANCE_FT)
                : Stepping.fixed(SimulationMode.ACCURATE);
    }

    DragModel model() {
        return OptionValues.withOption("--model", () -> DragModel.parse(model));
    }

    AeroParameters aero() {
        return AeroParameters.of(model());
    }

    /** A builder with every option applied; parsing errors name the option. */
    FlightSimulator.Builder builder() {
        return FlightSimulator.builder().backend(backend()).stepping(stepping()).aero(aero());
    }

    /** {@link #builder()}, after printing to {@code err} which backend it picks and why. */
    FlightSimulator.Builder builderReportingBackend(java.io.PrintWriter err) {
        FlightSimulator.Builder b = builder();
        try (FlightSimulator probe = b.build()) {
            err.println(probe.backendReason());
        }
        return b;
    }

    /** e.g. {@code mode accurate (dt 0.001 s)} or {@code tolerance 0.01 ft (...)}. */
    String describeMode() {
        return stepping().describe();
    }
}
