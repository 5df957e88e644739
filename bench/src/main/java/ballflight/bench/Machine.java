package ballflight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The CPU model (lscpu, else /proc/cpuinfo, else os.arch) and core count, for the report header. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        return cpuModel() + " (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")";
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

    static String cpuModel() {
        String fromLscpu = field(run("lscpu"), "Model name:");
        if (fromLscpu != null) {
            return fromLscpu;
        }
        try {
            String fromProc = field(Files.readString(Path.of("/proc/cpuinfo")), "model name");
            if (fromProc != null) {
                return fromProc.startsWith(":") ? fromProc.substring(1).trim() : fromProc;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the architecture
        }
        return System.getProperty("os.arch") + " CPU";
    }

    private static String field(String text, String key) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(key.length()).trim();
            }
        }
        return null;
    }

    private static String run(String command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
