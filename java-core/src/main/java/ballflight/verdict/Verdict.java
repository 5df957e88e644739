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
 * @param tables per drag model and backend, whether its table form pays (empty in files written
 *               before tables were measured; optional, so the schema stays {@value #SCHEMA})
 * @param host the measuring machine in the fields that decide a ranking; null in files written
 *             before it was recorded (then no machine counts as the same one)
 * @param cold time to result in a fresh JVM per mode, flights and contender (empty in files
 *             written before it was measured: then {@code auto} has only the warm plan)
 */
public record Verdict(int schema, String date, String machine, String jdk, String commit, String method,
                      List<WorkloadVerdict> workloads, List<ModeVerdict> modes, List<TableVerdict> tables,
                      MachineId host, List<ColdVerdict> cold) {
    public static final int SCHEMA = 1;

    public Verdict {
        workloads = List.copyOf(workloads);
        modes = List.copyOf(modes);
        tables = tables == null ? List.of() : List.copyOf(tables);
        cold = cold == null ? List.of() : List.copyOf(cold);
    }

    /** A verdict without a tables section. */
    public Verdict(int schema, String date, String machine, String jdk, String commit, String method,
                   List<WorkloadVerdict> workloads, List<ModeVerdict> modes) {
        this(schema, date, machine, jdk, commit, method, workloads, modes, List.of(), null, List.of());
    }

    /** A verdict without a recorded host. */
    public Verdict(int schema, String date, String machine, String jdk, String commit, String method,
                   List<WorkloadVerdict> workloads, List<ModeVerdict> modes, List<TableVerdict> tables) {
        this(schema, date, machine, jdk, commit, method, workloads, modes, tables, null, List.of());
    }

    /** This verdict as measured on {@code host}. */
    public Verdict withHost(MachineId host) {
        return new Verdict(schema, date, machine, jdk, commit, method, workloads, modes, tables, host, cold);
    }

    /** This verdict with {@code cold} as its fresh-JVM section. */
    public Verdict withCold(List<ColdVerdict> cold) {
        return new Verdict(schema, date, machine, jdk, commit, method, workloads, modes, tables, host, cold);
    }

    /** Whether it was measured on {@code here} (false when the file does not say). */
    public boolean measuredOn(MachineId here) {
        return host != null && host.sameAs(here);
    }

    /** This verdict with {@code tables} as its tables section. */
    public Verdict withTables(List<TableVerdict> tables) {
        return new Verdict(schema, date, machine, jdk, commit, method, workloads, modes, tables, host, cold);
    }

    /** e.g. {@code 2026-11-29 on AMD EPYC 7B13 (2 cores), commit abc1234}. */
    public String provenance() {
        return date + " on " + machine + ", commit " + commit;
    }
}
