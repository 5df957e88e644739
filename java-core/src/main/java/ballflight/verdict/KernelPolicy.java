package ballflight.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The pure decision behind {@code auto}: from a verdict, the step size and whether native loads,
 * which kernel runs each batch size. The mode measured closest to the step (by ratio) stands in for
 * it. A batch uses the winner of the largest measured batch size not above it (the smallest
 * measured size below that); the single reference batted ball counts as batch size 1. A native
 * winner falls back to its best Java contender when the library does not load.
 */
public final class KernelPolicy {
    private KernelPolicy() {
    }

    public static KernelPlan plan(Verdict verdict, double dtSeconds, boolean nativeAvailable) {
        String mode = nearestMode(verdict, dtSeconds);
        List<WorkloadVerdict> sizes = new ArrayList<>();
        for (WorkloadVerdict w : verdict.workloads()) {
            if (w.mode().equals(mode) && drivesSelection(w)) {
                sizes.add(w);
            }
        }
        return planFor(mode, sizes, nativeAvailable);
    }

    /** Batch workloads and the single batted ball (batch size 1) decide; the pitch is reported only. */
    static boolean drivesSelection(WorkloadVerdict w) {
        return w.workload().equals(Workload.BATCH) || w.workload().equals(Workload.SINGLE_BATTED);
    }

    static KernelPlan planFor(String mode, List<WorkloadVerdict> sizes, boolean nativeAvailable) {
        List<WorkloadVerdict> sorted = new ArrayList<>(sizes);
        sorted.sort(Comparator.comparingInt(WorkloadVerdict::batchSize));
        List<KernelPlan.Band> bands = new ArrayList<>();
        for (WorkloadVerdict w : sorted) {
            String kernel = Contenders.kernelOf(w.winner());
            if (kernel.equals(Contenders.NATIVE) && !nativeAvailable) {
                kernel = Contenders.kernelOf(w.bestJava());
            }
            int from = bands.isEmpty() ? 1 : w.batchSize();
            if (bands.isEmpty() || !bands.get(bands.size() - 1).kernel().equals(kernel)) {
                bands.add(new KernelPlan.Band(from, kernel));
            }
        }
        if (bands.isEmpty()) {
            bands.add(new KernelPlan.Band(1, Contenders.JAVA));
        }
        return new KernelPlan(mode, bands);
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

    static double modeDt(String mode) {
        return ballflight.kernel.SimulationMode.valueOf(mode.toUpperCase(Locale.ROOT)).dtSeconds();
    }
}
