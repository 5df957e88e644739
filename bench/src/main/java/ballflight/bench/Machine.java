package ballflight.bench;

import ballflight.verdict.MachineId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine line of the report header ({@link MachineId}) and the load average around a run. */
public final class Machine {
    private Machine() {
    }

    /** e.g. {@code AMD EPYC (2 cores, Linux amd64)}. */
    public static String describe() {
        MachineId id = MachineId.current();
        return id.cpuModel() + " (" + id.cores() + " cores, " + id.os() + " " + id.arch() + ")";
    }

    /**
     * The 1-minute load average ({@code /proc/loadavg}), or "n/a": the suite notes it before and
     * after a run, because other processes on the same cores skew every multi-threaded figure.
     */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
