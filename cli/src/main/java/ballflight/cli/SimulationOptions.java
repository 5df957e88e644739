package ballflight.cli;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import picocli.CommandLine.Option;

/** {@code --backend}, {@code --mode} and {@code --model}: shared by every command that flies balls. */
final class SimulationOptions {

    @Option(names = "--backend", paramLabel = "auto|java|native", defaultValue = "auto",
            description = "Kernel: auto (native when loadable, else java), java, native. Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--mode", paramLabel = "accurate|fast|ultra_fast|extreme", defaultValue = "accurate",
            description = "Integration step: accurate 1 ms, fast 2 ms, ultra_fast 5 ms, extreme 10 ms."
                    + " Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--model", paramLabel = "nathan|crisis|crisis-table", defaultValue = "nathan",
            description = "Drag model: nathan (Nathan's calculator), crisis (speed-dependent drag with the drag"
                    + " crisis, docs/PHYSICS.md) or crisis-table (the same law read from a bilinear speed x spin"
                    + " table). Default: ${DEFAULT-VALUE}.")
    String model;

    Backend backend() {
        return OptionValues.withOption("--backend", () -> Backend.parse(backend));
    }

    SimulationMode mode() {
        return OptionValues.withOption("--mode", () -> SimulationMode.parse(mode));
    }

    DragModel model() {
        return OptionValues.withOption("--model", () -> DragModel.parse(model));
    }

    /** A builder with every option applied; parsing errors name the option. */
    FlightSimulator.Builder builder() {
        SimulationMode m = mode();
        return FlightSimulator.builder().backend(backend()).mode(m).aero(AeroParameters.of(model()));
    }

    /** {@link #builder()}, after printing to {@code err} which backend it picks and why. */
    FlightSimulator.Builder builderReportingBackend(java.io.PrintWriter err) {
        FlightSimulator.Builder b = builder();
        try (FlightSimulator probe = b.build()) {
            err.println(probe.backendReason());
        }
        return b;
    }

    /** e.g. {@code mode accurate (dt 0.001 s)}. */
    String describeMode() {
        SimulationMode m = mode();
        return "mode " + m.name().toLowerCase(java.util.Locale.ROOT) + " (dt " + m.dtSeconds() + " s)";
    }
}
