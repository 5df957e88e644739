package ballflight.verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;

/**
 * The machine a verdict was measured on: what decides which kernel wins (CPU model, cores the JVM
 * sees, widest SIMD the CPU has, OS, architecture, JDK feature release). A verdict from another
 * machine says nothing reliable here ({@link #sameAs}), so {@code auto} then follows
 * {@link SafePlan} until {@code ballflight bench} has measured this one.
 *
 * @param cpuModel e.g. {@code AMD EPYC 7B13} (/proc/cpuinfo {@code model name}; else the architecture)
 * @param cores {@link Runtime#availableProcessors()}
 * @param simd widest vector extension: {@code avx512}, {@code avx2}, {@code avx}, {@code sse4.2},
 *     {@code sve}, {@code neon}, or {@code unknown}
 * @param os {@code os.name}
 * @param arch {@code os.arch}
 * @param jdk Java feature release, e.g. {@code 25}
 */
public record MachineId(String cpuModel, int cores, String simd, String os, String arch, int jdk) {

    /** Flags in /proc/cpuinfo, widest first, with the level each stands for. */
    private static final List<String[]> SIMD_FLAGS = List.of(
            new String[] {"avx512f", "avx512"}, new String[] {"avx2", "avx2"}, new String[] {"avx", "avx"},
            new String[] {"sse4_2", "sse4.2"}, new String[] {"sve", "sve"}, new String[] {"asimd", "neon"});

    /** This process's machine, read once. */
    public static MachineId current() {
        return Current.ID;
    }

    private static final class Current {
        static final MachineId ID = detect();
    }

    static MachineId detect() {
        String cpuinfo = null;
        try {
            cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture stands in for the model, SIMD unknown
        }
        String arch = System.getProperty("os.arch", "unknown");
        return new MachineId(cpuModel(cpuinfo, arch), Runtime.getRuntime().availableProcessors(), simd(cpuinfo),
                System.getProperty("os.name", "unknown"), arch, Runtime.version().feature());
    }

    static String cpuModel(String cpuinfo, String arch) {
        String model = field(cpuinfo, "model name");
        if (model == null) {
            model = field(cpuinfo, "Hardware"); // some ARM kernels
        }
        return model != null && !model.isBlank() ? model : arch + " CPU";
    }

    static String simd(String cpuinfo) {
        String flags = field(cpuinfo, "flags");
        if (flags == null) {
            flags = field(cpuinfo, "Features"); // aarch64
        }
        if (flags == null) {
            return "unknown";
        }
        Set<String> set = Set.of(flags.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        for (String[] f : SIMD_FLAGS) {
            if (set.contains(f[0])) {
                return f[1];
            }
        }
        return "unknown";
    }

    /** The value of the first {@code key : value} line, or null. */
    private static String field(String text, String key) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** Same CPU model, cores, SIMD level, OS, architecture and JDK feature release. */
    public boolean sameAs(MachineId other) {
        // Field by field rather than the record's equals: its first call bootstraps ObjectMethods,
        // ~10 ms of every cold auto run.
        return other != null && Objects.equals(cpuModel, other.cpuModel) && cores == other.cores
                && Objects.equals(simd, other.simd) && Objects.equals(os, other.os)
                && Objects.equals(arch, other.arch) && jdk == other.jdk;
    }

    /** e.g. {@code AMD EPYC (2 cores, avx512, Linux amd64, JDK 25)}. */
    public String describe() {
        return cpuModel + " (" + cores + " cores, " + simd + ", " + os + " " + arch + ", JDK " + jdk + ")";
    }
}
