package ballflight.cli;

import ballflight.engine.FlightSimulator;
import ballflight.validation.ValidationCheck;
import ballflight.validation.ValidationSuite;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ballflight validate}: the model's physical checks as a table; exit 1 if any fails. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Check the model against known relationships (distance, altitude, temperature, spin, wind)."
                + " Exit code 1 if any check fails.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Override
    public Integer call() {
        List<ValidationCheck> checks;
        String backendReason;
        try (FlightSimulator sim = simulation.builder().build()) {
            backendReason = sim.backendReason();
            spec.commandLine().getErr().println(backendReason);
            checks = ValidationSuite.run(sim);
        }
        PrintWriter out = spec.commandLine().getOut();
        int nameWidth = Math.max(5, checks.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %20s  %12s  %s%n";
        out.printf(Locale.ROOT, row, "check", "expected", "measured", "result");
        long passed = 0;
        for (ValidationCheck c : checks) {
            String expected = Numbers.fixed(c.expected(), 1) + " +- " + Numbers.fixed(c.tolerance(), 1) + " " + c.unit();
            String measured = Numbers.fixed(c.measured(), 1) + " " + c.unit();
            out.printf(Locale.ROOT, row, c.name(), expected, measured, c.passed() ? "PASS" : "FAIL");
            passed += c.passed() ? 1 : 0;
        }
        // The backend line ends with the stepping in force.
        out.printf(Locale.ROOT, "%d of %d checks passed (%s)%n", passed, checks.size(), backendReason);
        out.flush();
        return passed == checks.size() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
