package ballflight.verdict;

import java.util.List;

/**
 * The benchmark's verdict: which backend wins each workload on the machine it was measured on.
 * {@code auto} follows it (see {@link KernelPolicy}); written by {@code make bench} (the jar's
 * default) and {@code ballflight bench} (the user's cache).
 *
 * @param schema format version, {@value #SCHEMA}
 * @param date when it was measured (ISO-8601)
 * @param machine CPU model and core count
 * @param jdk Java version of the measuring JVM
 * @param commit source commit measured
 * @param method how it was measured (tool, iterations)
 * @param workloads one entry per workload, mode and batch size
 * @param modes crossover and decision per mode
 */
public record Verdict(int schema, String date, String machine, String jdk, String commit, String method,
                      List<WorkloadVerdict> workloads, List<ModeVerdict> modes) {
    public static final int SCHEMA = 1;

    public Verdict {
        workloads = List.copyOf(workloads);
        modes = List.copyOf(modes);
    }

    /** e.g. {@code 2026-11-29 on AMD EPYC 7B13 (2 cores), commit abc1234}. */
    public String provenance() {
        return date + " on " + machine + ", commit " + commit;
    }
}
