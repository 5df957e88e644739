package ballflight.projection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a what-if changes for one team, from seasons played twice on the same seeds (common
 * random numbers): the mean of the per-season differences (changed − baseline) and its standard
 * error sd(differences)/sqrt(n). The same seed gives both leagues the same random draws, so most
 * of the season-to-season noise cancels; {@link #independentWinsStandardError} is what two
 * independent runs of the same size would give, for comparison.
 *
 * @param team abbreviation
 * @param wins change in mean wins, with its paired standard error
 * @param independentWinsStandardError sqrt(var(baseline) + var(changed)) / sqrt(n)
 * @param odds change in each probability, with its paired standard error
 */
public record TeamChange(String team, Estimate wins, double independentWinsStandardError, Map<Reached, Estimate> odds) {
    public TeamChange {
        odds = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(odds));
    }

    public Estimate odds(Reached stage) {
        return odds.get(stage);
    }

    /** Per team, in {@code teams} order; both lists hold the same seasons. */
    public static List<TeamChange> of(List<String> teams, List<SeasonOutcome> baseline, List<SeasonOutcome> changed) {
        if (baseline.size() != changed.size() || baseline.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs the same seasons on both sides");
        }
        int n = baseline.size();
        List<TeamChange> out = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            double[] d = new double[n];
            double[] a = new double[n];
            double[] b = new double[n];
            for (int s = 0; s < n; s++) {
                a[s] = baseline.get(s).wins(t);
                b[s] = changed.get(s).wins(t);
                d[s] = b[s] - a[s];
            }
            Map<Reached, Estimate> odds = new EnumMap<>(Reached.class);
            for (Reached r : Reached.values()) {
                double[] dr = new double[n];
                for (int s = 0; s < n; s++) {
                    dr[s] = (changed.get(s).reached(t, r) ? 1 : 0) - (baseline.get(s).reached(t, r) ? 1 : 0);
                }
                odds.put(r, paired(dr));
            }
            double independent = Math.sqrt((variance(a) + variance(b)) / n);
            out.add(new TeamChange(teams.get(t), paired(d), independent, odds));
        }
        return out;
    }

    private static Estimate paired(double[] d) {
        double mean = 0;
        for (double x : d) {
            mean += x;
        }
        mean /= d.length;
        return new Estimate(mean, Math.sqrt(variance(d) / d.length));
    }

    private static double variance(double[] x) {
        if (x.length < 2) {
            return 0.0;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
