package ballflight.cli;

import ballflight.backend.Backend;
import ballflight.backend.BackendSelector;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.SimulationMode;
import ballflight.kernel.Stepping;
import ballflight.kernel.spi.KernelUnavailableException;
import ballflight.verdict.LoadedVerdict;
import ballflight.verdict.MachineId;
import ballflight.verdict.ModeVerdict;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ballflight info}: version, JDK, platform, and which backends can run here. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Show the version, the JDK, the platform, the available backends and the verdict auto follows.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        line(out, "ballflight", ManifestVersion.version());
        line(out, "jdk", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        line(out, "java home", System.getProperty("java.home"));
        line(out, "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + "), " + Runtime.getRuntime().availableProcessors() + " processors");
        out.println("backends:");
        line(out, "  java", "available: " + BackendSelector.javaKernel().describe());
        line(out, "  java-simd", status(BackendSelector::simdKernel));
        line(out, "  native", status(BackendSelector::nativeKernel));
        line(out, "auto", BackendSelector.select(Backend.AUTO).reason());
        line(out, "stepping", Stepping.tolerance(Stepping.DEFAULT_TOLERANCE_FT).describe() + " by default for "
                + String.join(", ", new java.util.TreeSet<>(SimulationOptions.TOLERANCE_BY_DEFAULT))
                + " (java and native step each flight on its own; java-simd hands it to the java kernel); "
                + Stepping.fixed(SimulationMode.ACCURATE).describe() + " for the other commands; --mode or"
                + " --tolerance choose");
        LoadedVerdict verdict = BackendSelector.verdict();
        line(out, "verdict", verdict.describe());
        if (verdict.verdict() != null) {
            MachineId here = MachineId.current();
            MachineId host = verdict.verdict().host();
            line(out, "  machine", (host == null ? "not recorded in the verdict" : host.describe())
                    + (verdict.verdict().measuredOn(here) ? ": this machine"
                    : ": not this machine (" + here.describe() + "), so auto follows the safe rule until"
                    + " `ballflight bench --quick` measures this one"));
            for (ModeVerdict m : verdict.verdict().modes()) {
                String mode = "  " + m.mode().toLowerCase(java.util.Locale.ROOT);
                line(out, mode, "warm: " + m.decision());
                coldPlan(verdict.verdict(), m.mode()).ifPresent(cold -> line(out, mode, "cold: " + cold));
                laterPlan(verdict.verdict(), m.mode()).ifPresent(later -> line(out, mode, "then: " + later));
            }
        } else {
            line(out, "", "auto = native when loadable; `ballflight bench` measures this machine");
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The fresh-JVM plan measured for {@code mode} itself (by flights flown so far), if any. */
    private static java.util.Optional<String> coldPlan(ballflight.verdict.Verdict v, String mode) {
        if (v.cold().stream().noneMatch(c -> c.mode().equals(mode))) {
            return java.util.Optional.empty();
        }
        double dt = ballflight.kernel.SimulationMode.valueOf(mode).dtSeconds();
        ballflight.verdict.KernelPlan cold = ballflight.verdict.KernelPolicy.coldPlan(v, dt, k -> true);
        return java.util.Optional.of(cold.describe() + " (up to " + ballflight.verdict.KernelPolicy.coldLimit(v, cold)
                + " flights per process)");
    }

    /** What a process runs after the cold plan ({@link ballflight.verdict.WarmUpRule}), if it has one. */
    private static java.util.Optional<String> laterPlan(ballflight.verdict.Verdict v, String mode) {
        if (v.cold().stream().noneMatch(c -> c.mode().equals(mode))) {
            return java.util.Optional.empty();
        }
        double dt = ballflight.kernel.SimulationMode.valueOf(mode).dtSeconds();
        ballflight.verdict.KernelPlan cold = ballflight.verdict.KernelPolicy.coldPlan(v, dt, k -> true);
        ballflight.verdict.KernelPlan warm = ballflight.verdict.KernelPolicy.plan(v, dt, k -> true);
        return java.util.Optional.of(ballflight.verdict.WarmUpRule.afterCold(v, cold, warm,
                ballflight.verdict.KernelPolicy.coldLimit(v, cold)).describe()
                + " (the warm plan where its kernel had caught up in the fresh runs)");
    }

    /** A kernel lookup that may refuse. */
    private interface Probe {
        FlightKernel get() throws KernelUnavailableException;
    }

    private static String status(Probe probe) {
        try {
            return "available: " + probe.get().describe();
        } catch (KernelUnavailableException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    private static void line(PrintWriter out, String key, String value) {
        out.printf(java.util.Locale.ROOT, "%-11s %s%n", key + ":", value);
    }
}
