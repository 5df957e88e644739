package ballflight.bench;

import ballflight.verdict.ColdVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The fresh-JVM section: {@link ColdVerdict}s from {@link ColdSuite}'s rows, and their table. */
final class ColdReport {
    static final String BENCHMARK = "ColdRun.timeToResult";

    private ColdReport() {
    }

    /** One verdict per mode and number of flights, contenders fastest first. */
    static List<ColdVerdict> verdicts(List<JmhResult> results) {
        Map<String, List<JmhResult>> byConfig = new TreeMap<>();
        for (JmhResult r : results) {
            if (r.benchmark().equals(BENCHMARK)) {
                String key = r.param("mode") + String.format(Locale.ROOT, "%010d", Integer.parseInt(r.param("batchSize")));
                byConfig.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<ColdVerdict> out = new ArrayList<>();
        for (List<JmhResult> runs : byConfig.values()) {
            List<JmhResult> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(JmhResult::secondsPerOp));
            out.add(new ColdVerdict(sorted.get(0).param("mode"), Integer.parseInt(sorted.get(0).param("batchSize")),
                    sorted.stream().map(r -> r.param("contender")).toList(),
                    sorted.stream().map(JmhResult::secondsPerOp).toList()));
        }
        return out;
    }

    static String markdown(List<ColdVerdict> cold) {
        return cold.isEmpty() ? "" : INTRO + header() + rows(cold) + "\n";
    }

    private static final String INTRO = "## Cold: time to result in a fresh JVM\n\n"
            + "Seconds from `main` to the last result of N flights of the seeded spread (kernel calls of up to"
            + " 4096) in a new JVM, one run each: class loading, the native library load and JIT warm-up"
            + " included, JVM start left out (the same for all). `auto` runs a process's first flights by"
            + " this ranking (the flights done so far, the call included) and the rest by the warm one.\n\n";

    private static String header() {
        return "| mode | flights | " + String.join(" | ", ColdSuite.CONTENDERS) + " | fastest cold |\n|---|---:|"
                + "---:|".repeat(ColdSuite.CONTENDERS.size()) + "---|\n";
    }

    private static String rows(List<ColdVerdict> cold) {
        StringBuilder md = new StringBuilder();
        for (ColdVerdict v : cold) {
            md.append("| ").append(v.mode().toLowerCase(Locale.ROOT)).append(" | ").append(v.flights()).append(" |");
            for (String c : ColdSuite.CONTENDERS) {
                int i = v.ranking().indexOf(c);
                md.append(i < 0 ? " – |" : String.format(Locale.ROOT, " %.3f |", v.seconds().get(i)));
            }
            md.append(' ').append(v.winner()).append(" |\n");
        }
        return md.toString();
    }
}
