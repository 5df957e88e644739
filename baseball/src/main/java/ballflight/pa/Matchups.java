package ballflight.pa;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Who faces whom: a fixed batter and/or pitcher, or draws from the 2025 rosters weighted by
 * playing time (plate appearances, batters faced). Immutable; shared by all threads.
 */
public final class Matchups {
    private final List<Hitter> hitters;
    private final List<Pitcher> pitchers;
    private final double[] hitterCum;
    private final double[] pitcherCum;

    private Matchups(List<Hitter> hitters, List<Pitcher> pitchers) {
        this.hitters = List.copyOf(hitters);
        this.pitchers = List.copyOf(pitchers);
        this.hitterCum = cumulative(this.hitters.stream().mapToDouble(h -> Math.max(1, h.plateAppearances())).toArray());
        this.pitcherCum = cumulative(this.pitchers.stream().mapToDouble(p -> Math.max(1, p.battersFaced())).toArray());
    }

    /** {@code batter}/{@code pitcher} null = drawn from the lists by playing time. */
    public static Matchups of(Hitter batter, Pitcher pitcher, List<Hitter> hitters, List<Pitcher> pitchers) {
        return new Matchups(batter != null ? List.of(batter) : hitters, pitcher != null ? List.of(pitcher) : pitchers);
    }

    Hitter batter(RandomGenerator rng) {
        return hitters.size() == 1 ? hitters.get(0) : hitters.get(pick(hitterCum, rng));
    }

    Pitcher pitcher(RandomGenerator rng) {
        return pitchers.size() == 1 ? pitchers.get(0) : pitchers.get(pick(pitcherCum, rng));
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i];
            c[i] = s;
        }
        return c;
    }

    private static int pick(double[] cum, RandomGenerator rng) {
        double u = rng.nextDouble() * cum[cum.length - 1];
        int i = java.util.Arrays.binarySearch(cum, u);
        int idx = i >= 0 ? i + 1 : -i - 1;
        return Math.min(idx, cum.length - 1);
    }
}
