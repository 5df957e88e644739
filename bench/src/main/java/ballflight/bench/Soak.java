package ballflight.bench;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.game.GameProfile;
import ballflight.kernel.SimulationMode;
import ballflight.pitch.PaTuning;
import ballflight.season.Schedule;
import ballflight.season.ScheduledGame;
import ballflight.season.SeasonRunner;
import ballflight.season.SeasonTotals;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Soak test (not in {@code make test}): many seasons in one JVM, one seed each, measuring the heap
 * left after a full GC and the process RSS after every season. Memory must be flat once warm:
 * the mean of the last seasons at most {@link #MAX_GROWTH} above the mean just after warm-up,
 * for both figures. Exit code 1 if either grew more.
 *
 * <p>Usage: {@code Soak <seasons> <games per season> <mode> <threads> <backend>}.
 */
public final class Soak {
    static final double MAX_GROWTH = 0.05;

    private Soak() {
    }

    public static void main(String[] args) throws IOException {
        int seasons = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int games = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        SimulationMode mode = args.length > 2 ? SimulationMode.valueOf(args[2].toUpperCase(Locale.ROOT))
                : SimulationMode.EXTREME;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Backend backend = args.length > 4 ? Backend.valueOf(args[4].toUpperCase(Locale.ROOT)) : Backend.AUTO;
        if (seasons < 10) {
            throw new IllegalArgumentException("seasons = " + seasons + ": at least 10 (5 warm-up, 5 measured)");
        }
        List<ScheduledGame> schedule = Schedule.mlb2025().subList(0, games);
        FlightSimulator.Builder builder = FlightSimulator.builder().backend(backend).mode(mode);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double[] heapMb = new double[seasons];
        double[] rssMb = new double[seasons];
        System.out.printf(Locale.ROOT, "soak: %d seasons x %d games, %s, %d threads, backend %s, max heap %d MB%n",
                seasons, games, mode, threads, backend, Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        for (int s = 0; s < seasons; s++) {
            SeasonTotals totals = new SeasonRunner(builder::build, PaTuning.DEFAULT, threads)
                    .run(schedule, 1000L + s, done -> { }, new GameProfile());
            if (!totals.failures().isEmpty()) {
                throw new IllegalStateException("season " + s + ": " + totals.failures().size() + " games failed");
            }
            System.gc();
            System.gc();
            heapMb[s] = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
            rssMb[s] = rssKb() / 1024.0;
            System.out.printf(Locale.ROOT, "season %2d  heap after GC %7.1f MB  RSS %7.1f MB  (heap committed %5.0f MB,"
                            + " non-heap %5.1f MB)  %6.1f s%n", s + 1, heapMb[s], rssMb[s],
                    memory.getHeapMemoryUsage().getCommitted() / 1048576.0,
                    memory.getNonHeapMemoryUsage().getUsed() / 1048576.0, (System.nanoTime() - t0) / 1e9);
        }
        // Warm-up: the first 40 % (at least 5 seasons): RSS keeps growing while C2 compiles the
        // engine (code cache, metaspace) for the first few hundred games. Then compare the 5
        // seasons after it with the last 5.
        int warm = Math.max(5, seasons * 2 / 5);
        boolean ok = report("heap after GC", heapMb, warm) & report("RSS", rssMb, warm);
        System.out.println(ok ? "soak: flat (within 5 %)" : "soak: GREW more than 5 %");
        System.exit(ok ? 0 : 1);
    }

    private static boolean report(String what, double[] mb, int warm) {
        int n = mb.length;
        double early = mean(Arrays.copyOfRange(mb, warm, Math.min(n, warm + 5)));
        double late = mean(Arrays.copyOfRange(mb, n - 5, n));
        double growth = late / early - 1.0;
        System.out.printf(Locale.ROOT, "%-14s seasons %d-%d: %.1f MB, last 5: %.1f MB, growth %+.1f %%, max %.1f MB%n",
                what, warm + 1, Math.min(n, warm + 5), early, late, 100 * growth, Arrays.stream(mb).max().orElse(0));
        return growth <= MAX_GROWTH;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** Resident set size from /proc (Linux); -1 elsewhere. */
    private static long rssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
