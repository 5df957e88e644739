package ballflight.verdict;

import java.util.ArrayList;
import java.util.List;

/** Synthetic measurements: throughputs chosen by each test, so every decision is known in advance. */
final class VerdictFixtures {
    private final List<Measurement> measurements = new ArrayList<>();

    /** Java, java-parallel and native (all cores) at one batch size; errors are 1 % of each value. */
    VerdictFixtures batch(String mode, int n, double javaFps, double parallelFps, double nativeFps) {
        return batch(mode, n, javaFps, parallelFps, nativeFps, 0.01);
    }

    VerdictFixtures batch(String mode, int n, double javaFps, double parallelFps, double nativeFps,
                          double relativeError) {
        add(Workload.BATCH, mode, n, Contenders.JAVA, javaFps, relativeError);
        add(Workload.BATCH, mode, n, Contenders.JAVA_PARALLEL, parallelFps, relativeError);
        add(Workload.BATCH, mode, n, Contenders.NATIVE_ONE_THREAD, nativeFps / 2, relativeError);
        add(Workload.BATCH, mode, n, Contenders.NATIVE_ALL_CORES, nativeFps, relativeError);
        return this;
    }

    /** All four Java contenders and native (all cores) at one batch size; errors are 1 % of each value. */
    VerdictFixtures batchWithSimd(String mode, int n, double javaFps, double simdFps, double parallelFps,
                                  double simdParallelFps, double nativeFps) {
        add(Workload.BATCH, mode, n, Contenders.JAVA, javaFps, 0.01);
        add(Workload.BATCH, mode, n, Contenders.JAVA_SIMD, simdFps, 0.01);
        add(Workload.BATCH, mode, n, Contenders.JAVA_PARALLEL, parallelFps, 0.01);
        add(Workload.BATCH, mode, n, Contenders.JAVA_SIMD_PARALLEL, simdParallelFps, 0.01);
        add(Workload.BATCH, mode, n, Contenders.NATIVE_ONE_THREAD, nativeFps / 2, 0.01);
        add(Workload.BATCH, mode, n, Contenders.NATIVE_ALL_CORES, nativeFps, 0.01);
        return this;
    }

    VerdictFixtures single(String mode, double javaFps, double nativeFps) {
        add(Workload.SINGLE_BATTED, mode, 1, Contenders.JAVA, javaFps, 0.01);
        add(Workload.SINGLE_BATTED, mode, 1, Contenders.NATIVE, nativeFps, 0.01);
        return this;
    }

    VerdictFixtures add(String workload, String mode, int n, String contender, double fps, double relativeError) {
        measurements.add(new Measurement(workload, mode, n, contender, fps, fps * relativeError));
        return this;
    }

    Verdict verdict() {
        return VerdictBuilder.build(measurements, "2026-11-29T12:00:00Z", "Test CPU (2 cores)", "25", "abc1234",
                "synthetic");
    }

    /**
     * ACCURATE with every Java contender: java-simd best at 16 (native inside the error),
     * java-simd-parallel ties native at 4096 (so stays the winner), native wins at 65536.
     */
    static Verdict simdContenders() {
        return new VerdictFixtures()
                .single("ACCURATE", 1000, 1000)
                .batchWithSimd("ACCURATE", 16, 1000, 2000, 1500, 1900, 2010)
                .batchWithSimd("ACCURATE", 4096, 1000, 2000, 1900, 3800, 3800)
                .batchWithSimd("ACCURATE", 65536, 1000, 2000, 1900, 3800, 7600)
                .verdict();
    }

    /** Native wins from 256 flights at ACCURATE; never at EXTREME. */
    static Verdict crossoverAt256() {
        return new VerdictFixtures()
                .single("ACCURATE", 1000, 900)
                .batch("ACCURATE", 16, 1000, 990, 1005)
                .batch("ACCURATE", 256, 1000, 1900, 2300)
                .batch("ACCURATE", 4096, 1000, 1950, 2500)
                .single("EXTREME", 10000, 9000)
                .batch("EXTREME", 16, 10000, 9000, 9500)
                .batch("EXTREME", 4096, 10000, 19000, 19100)
                .verdict();
    }
}
