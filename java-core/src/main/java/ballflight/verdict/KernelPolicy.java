package ballflight.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The pure decision behind {@code auto}: from a verdict, the step size and whether native loads,
 * which kernel runs each batch size. The mode measured closest to the step (by ratio) stands in for
 * it. A batch uses the winner of the largest measured batch size not above it (the smallest
 * measured size below that); the single reference batted ball counts as batch size 1. A winner
 * that cannot run here (native library missing, no Vector API module) gives way to the first
 * contender of the workload's {@link WorkloadVerdict#ranking() ranking} that can, and the band
 * says so ({@link KernelPlan.Band#insteadOf()}); plain {@code java} always runs.
 */
public final class KernelPolicy {
    private KernelPolicy() {
    }

    /**
     * @param available whether a kernel ({@link Contenders#kernelOf kernel name}) can run in this process
     */
    public static KernelPlan plan(Verdict verdict, double dtSeconds, Predicate<String> available) {
        String mode = nearestMode(verdict, dtSeconds);
        List<WorkloadVerdict> sizes = new ArrayList<>();
        for (WorkloadVerdict w : verdict.workloads()) {
            if (w.mode().equals(mode) && drivesSelection(w)) {
                sizes.add(w);
            }
        }
        return planFor(mode, sizes, available);
    }

    /**
     * The plan for a process's first flights, from the fresh-JVM measurements ({@link Verdict#cold()})
     * at the measured mode nearest the step: bands by the flights the process will have flown
     * after the call (the call included); each band runs the fastest contender cold that can run
     * here. Null if the verdict has no fresh-JVM measurements.
     */
    public static KernelPlan coldPlan(Verdict verdict, double dtSeconds, Predicate<String> available) {
        String mode = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ColdVerdict c : verdict.cold()) {
            double d = Math.abs(Math.log(modeDt(c.mode()) / dtSeconds));
            if (d < bestDistance) {
                bestDistance = d;
                mode = c.mode();
            }
        }
        if (mode == null) {
            return null;
        }
        List<ColdVerdict> sizes = new ArrayList<>();
        for (ColdVerdict c : verdict.cold()) {
            if (c.mode().equals(mode)) {
                sizes.add(c);
            }
        }
        sizes.sort(Comparator.comparingInt(ColdVerdict::flights));
        List<KernelPlan.Band> bands = new ArrayList<>();
        for (ColdVerdict c : sizes) {
            KernelPlan.Band band = firstAvailable(c.ranking(), bands.isEmpty() ? 1 : c.flights(), available);
            if (bands.isEmpty() || !bands.get(bands.size() - 1).sameKernel(band)) {
                bands.add(band);
            }
        }
        return new KernelPlan(mode, bands);
    }

    /** The largest number of flights measured cold at the cold plan's mode: beyond it the warm plan runs. */
    public static int coldLimit(Verdict verdict, KernelPlan cold) {
        return verdict.cold().stream().filter(c -> c.mode().equals(cold.mode()))
                .mapToInt(ColdVerdict::flights).max().orElse(0);
    }

    private static KernelPlan.Band firstAvailable(List<String> ranking, int from, Predicate<String> available) {
        String named = Contenders.kernelOf(ranking.get(0));
        for (String contender : ranking) {
            String kernel = Contenders.kernelOf(contender);
            if (available.test(kernel)) {
                return kernel.equals(named) ? new KernelPlan.Band(from, kernel) : new KernelPlan.Band(from, kernel, named);
            }
        }
        return new KernelPlan.Band(from, Contenders.JAVA, named);
    }

    /** Batch workloads and the single batted ball (batch size 1) decide; the pitch is reported only. */
    static boolean drivesSelection(WorkloadVerdict w) {
        return w.workload().equals(Workload.BATCH) || w.workload().equals(Workload.SINGLE_BATTED);
    }

    static KernelPlan planFor(String mode, List<WorkloadVerdict> sizes, Predicate<String> available) {
        List<WorkloadVerdict> sorted = new ArrayList<>(sizes);
        sorted.sort(Comparator.comparingInt(WorkloadVerdict::batchSize));
        List<KernelPlan.Band> bands = new ArrayList<>();
        for (WorkloadVerdict w : sorted) {
            KernelPlan.Band band = bandFor(w, bands.isEmpty() ? 1 : w.batchSize(), available);
            if (bands.isEmpty() || !bands.get(bands.size() - 1).sameKernel(band)) {
                bands.add(band);
            }
        }
        if (bands.isEmpty()) {
            bands.add(new KernelPlan.Band(1, Contenders.JAVA));
        }
        return new KernelPlan(mode, bands);
    }

    /** The verdict's winner, or the first of its ranking that can run here, or plain java. */
    private static KernelPlan.Band bandFor(WorkloadVerdict w, int from, Predicate<String> available) {
        String named = Contenders.kernelOf(w.winner());
        if (available.test(named)) {
            return new KernelPlan.Band(from, named);
        }
        for (String contender : w.ranking()) {
            String kernel = Contenders.kernelOf(contender);
            if (available.test(kernel)) {
                return new KernelPlan.Band(from, kernel, named);
            }
        }
        return new KernelPlan.Band(from, Contenders.JAVA, named);
    }

    private static String nearestMode(Verdict verdict, double dtSeconds) {
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (WorkloadVerdict w : verdict.workloads()) {
            if (!drivesSelection(w)) {
                continue;
            }
            double d = Math.abs(Math.log(modeDt(w.mode()) / dtSeconds));
            if (d < bestDistance) {
                bestDistance = d;
                best = w.mode();
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the verdict has no batch or single-batted workload to choose from");
        }
        return best;
    }

    /** The mode whose step is {@code dtSeconds}, or the nearest (by ratio) when none is exactly it. */
    public static String modeName(double dtSeconds) {
        String best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (ballflight.kernel.SimulationMode m : ballflight.kernel.SimulationMode.values()) {
            double d = Math.abs(Math.log(m.dtSeconds() / dtSeconds));
            if (d < bestDistance) {
                bestDistance = d;
                best = m.name();
            }
        }
        return best;
    }

    static double modeDt(String mode) {
        return ballflight.kernel.SimulationMode.valueOf(mode.toUpperCase(Locale.ROOT)).dtSeconds();
    }
}
