package ballflight.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns measurements into a {@link Verdict}. A contender beats another only if its throughput
 * ratio minus the ratio's error is above 1: a margin inside the measurement error is no win, so
 * ties go to the simpler contender (Java over native, then {@link Contenders#JAVA_SIMPLEST_FIRST}),
 * unless its own error is over half its mean.
 */
public final class VerdictBuilder {
    /** Error share of the mean above which a measurement cannot keep a tie (see {@link #pickJava}). */
    static final double UNRELIABLE_ERROR_SHARE = 0.5;

    private VerdictBuilder() {
    }

    /** The verdict over every (workload, mode, batch size) that has both a Java and a native measurement. */
    public static Verdict build(List<Measurement> measurements, String date, String machine, String jdk,
                                String commit, String method) {
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        measurements.stream()
                .sorted(Comparator.comparing(Measurement::workload).thenComparing(Measurement::mode)
                        .thenComparingInt(Measurement::batchSize))
                .forEach(m -> groups.computeIfAbsent(m.workload() + "/" + m.mode() + "/" + m.batchSize(),
                        k -> new ArrayList<>()).add(m));
        List<WorkloadVerdict> workloads = new ArrayList<>();
        for (List<Measurement> group : groups.values()) {
            WorkloadVerdict w = judge(group);
            if (w != null) {
                workloads.add(w);
            }
        }
        return new Verdict(Verdict.SCHEMA, date, machine, jdk, commit, method, workloads, modes(workloads));
    }

    /** Ratio {@code a / b} and its error, relative errors added in quadrature. */
    static double[] ratio(double a, double errA, double b, double errB) {
        double r = a / b;
        return new double[] {r, r * Math.hypot(errA / a, errB / b)};
    }

    static boolean beats(double a, double errA, double b, double errB) {
        double[] r = ratio(a, errA, b, errB);
        return r[0] - r[1] > 1.0;
    }

    private static WorkloadVerdict judge(List<Measurement> group) {
        List<Measurement> rest = new ArrayList<>();
        Measurement bestNative = null;
        for (Measurement m : group) {
            if (!m.isNative()) {
                rest.add(m);
            } else if (bestNative == null || m.flightsPerS() > bestNative.flightsPerS()) {
                bestNative = m;
            }
        }
        Measurement bestJava = pickJava(rest);
        if (bestJava == null || bestNative == null) {
            return null;
        }
        // Native must beat the fastest Java, not the simpler one kept on a tie: a noisy simple
        // contender must not make native look better than it is.
        Measurement fastestJava = fastest(rest);
        rest.add(bestNative);
        double[] r = ratio(bestNative.flightsPerS(), bestNative.errorFlightsPerS(), fastestJava.flightsPerS(),
                fastestJava.errorFlightsPerS());
        boolean nativeWins = r[0] - r[1] > 1.0;
        String winner = nativeWins ? Contenders.NATIVE : bestJava.contender();
        String decision = String.format(Locale.ROOT, "%s: native (%s) runs %.3f ± %.3f x the fastest Java (%s)%s",
                winner, bestNative.contender(), r[0], r[1], fastestJava.contender(),
                nativeWins ? "" : r[0] > 1.0 ? "; the margin is inside the error" : "");
        Measurement j = bestJava;
        Measurement n = bestNative;
        return new WorkloadVerdict(j.workload(), j.mode(), j.batchSize(), j.contender(), j.flightsPerS(),
                j.errorFlightsPerS(), n.contender(), n.flightsPerS(), n.errorFlightsPerS(), r[0], r[1], winner,
                decision, ranking(rest));
    }

    /**
     * The simplest Java contender ({@link Contenders#JAVA_SIMPLEST_FIRST}) that no other Java
     * contender beats beyond the error; null if there is none. (Not "that the fastest does not
     * beat": a fastest one with a wide error would tie everything, even a kernel five times
     * slower.) The fastest by mean always qualifies. Natives in {@code candidates} are ignored.
     */
    static Measurement pickJava(List<Measurement> candidates) {
        List<Measurement> all = candidates.stream().filter(m -> !m.isNative())
                .sorted(Comparator.comparingInt((Measurement m) -> Contenders.simplicity(m.contender()))
                        .thenComparing(Measurement::contender))
                .toList();
        // A measurement whose error is over half its mean ties with everything, so it would keep any
        // tie it is simpler in (java-parallel at 52,835 +- 93,004 flights/s once kept the place of
        // java-simd-parallel at 285,572): it can only win when every measurement is that unreliable.
        List<Measurement> reliable = all.stream().filter(VerdictBuilder::reliable).toList();
        List<Measurement> java = reliable.isEmpty() ? all : reliable;
        for (Measurement m : java) {
            boolean beaten = java.stream().anyMatch(o -> o != m
                    && beats(o.flightsPerS(), o.errorFlightsPerS(), m.flightsPerS(), m.errorFlightsPerS()));
            if (!beaten) {
                return m;
            }
        }
        return fastest(java);
    }

    /** Error at most half the mean: a measurement that can tell two contenders apart. */
    static boolean reliable(Measurement m) {
        return m.errorFlightsPerS() <= UNRELIABLE_ERROR_SHARE * m.flightsPerS();
    }

    /** The Java contender with the highest mean throughput; null if there is none. */
    static Measurement fastest(List<Measurement> candidates) {
        return candidates.stream().filter(m -> !m.isNative())
                .max(Comparator.comparingDouble(Measurement::flightsPerS)).orElse(null);
    }

    /** The winner among {@code contenders}, then the winner among the rest, and so on. */
    private static List<String> ranking(List<Measurement> contenders) {
        List<Measurement> rest = new ArrayList<>(contenders);
        List<String> order = new ArrayList<>();
        while (!rest.isEmpty()) {
            Measurement java = pickJava(rest);
            Measurement fastestJava = fastest(rest);
            Measurement nat = rest.stream().filter(Measurement::isNative).findFirst().orElse(null);
            Measurement next = java == null || nat != null && beats(nat.flightsPerS(), nat.errorFlightsPerS(),
                    fastestJava.flightsPerS(), fastestJava.errorFlightsPerS()) ? nat : java;
            order.add(next.contender());
            rest.remove(next);
        }
        return order;
    }

    private static List<ModeVerdict> modes(List<WorkloadVerdict> workloads) {
        Map<String, List<WorkloadVerdict>> byMode = new TreeMap<>();
        for (WorkloadVerdict w : workloads) {
            if (KernelPolicy.drivesSelection(w)) {
                byMode.computeIfAbsent(w.mode(), k -> new ArrayList<>()).add(w);
            }
        }
        List<ModeVerdict> out = new ArrayList<>();
        for (Map.Entry<String, List<WorkloadVerdict>> e : byMode.entrySet()) {
            List<WorkloadVerdict> sizes = e.getValue();
            sizes.sort(Comparator.comparingInt(WorkloadVerdict::batchSize));
            Integer crossover = null;
            for (int i = sizes.size() - 1; i >= 0 && sizes.get(i).winner().equals(Contenders.NATIVE); i--) {
                crossover = sizes.get(i).batchSize();
            }
            KernelPlan plan = KernelPolicy.planFor(e.getKey(), sizes, kernel -> true);
            out.add(new ModeVerdict(e.getKey(), crossover, plan.describe()));
        }
        return out;
    }
}
