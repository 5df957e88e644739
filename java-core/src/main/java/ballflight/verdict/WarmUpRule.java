package ballflight.verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * What a process runs once it has flown the cold plan's largest measured number of flights. The
 * warm plan ranks kernels by their JMH speed after full warm-up; a kernel only gets there if the
 * process lives long enough, and the fresh-JVM runs say whether it had by then: a warm band keeps
 * its kernel only if, in the fresh run of that many flights, the kernel finished within
 * {@value #CATCH_UP} x the time of the kernel the cold plan runs at that size. Otherwise the band
 * stays with the cold plan's kernel, the one the measurements show fastest that far into a process.
 * Only the kernels that need warming up are judged: the Vector API and thread-pool kernels. The
 * scalar Java kernel is the fresh winner for small work anyway and native is compiled ahead of
 * time; their bands keep the warm plan. (A 50,000-row file ended on a 848-flight call that the warm
 * plan gave to java-simd-parallel: its first call in the process, 0.5 s of warm-up for 848 flights.)
 * (Measured on 2026-12-05 at EXTREME: after 16,384 fresh flights java-simd-parallel had taken 1.31 s
 * against native's 0.22 s, so the warm plan's java-simd-parallel for 256+ flights never paid back
 * within the measured range, and `fly --input` of a million rows ran at 0.59 x native.)
 */
public final class WarmUpRule {
    /** How close to the cold plan's kernel a warm kernel must have come to take over. */
    static final double CATCH_UP = 1.25;

    private WarmUpRule() {
    }

    /**
     * @param limit the cold plan's largest measured number of flights ({@link KernelPolicy#coldLimit})
     * @return {@code warm} with every band that had not caught up by {@code limit} given the cold plan's kernel there
     */
    public static KernelPlan afterCold(Verdict verdict, KernelPlan cold, KernelPlan warm, int limit) {
        ColdVerdict last = verdict.cold().stream()
                .filter(c -> c.mode().equals(cold.mode()) && c.flights() == limit).findFirst().orElse(null);
        if (last == null) {
            return warm;
        }
        String coldKernel = cold.kernelFor(limit);
        double coldSeconds = seconds(last, coldKernel);
        List<KernelPlan.Band> bands = new ArrayList<>();
        for (KernelPlan.Band b : warm.bands()) {
            boolean needsWarmUp = !b.kernel().equals(Contenders.JAVA) && !b.kernel().equals(Contenders.NATIVE);
            double s = seconds(last, b.kernel());
            boolean caughtUp = !needsWarmUp || Double.isNaN(s) || Double.isNaN(coldSeconds) || s <= CATCH_UP * coldSeconds;
            add(bands, caughtUp ? b : new KernelPlan.Band(b.fromBatchSize(), coldKernel));
        }
        return new KernelPlan(warm.mode(), bands);
    }

    /** Appends {@code band} unless it only continues the last one. */
    private static void add(List<KernelPlan.Band> bands, KernelPlan.Band band) {
        if (bands.isEmpty() || !bands.get(bands.size() - 1).label().equals(band.label())) {
            bands.add(band);
        }
    }

    /** The best fresh-run time of any contender that runs {@code kernel}; NaN if none was measured. */
    private static double seconds(ColdVerdict c, String kernel) {
        double best = Double.NaN;
        for (int i = 0; i < c.ranking().size(); i++) {
            if (Contenders.kernelOf(c.ranking().get(i)).equals(kernel)) {
                double s = c.seconds().get(i);
                best = Double.isNaN(best) ? s : Math.min(best, s);
            }
        }
        return best;
    }
}
