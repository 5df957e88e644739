package ballflight.pa;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import ballflight.fielding.PaOutcome;
import ballflight.model.Launch;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Statcast contact profile of a {@link PaRunner} run, in the terms of Savant's leaderboards
 * (so it can stand beside 2025's, {@code ballflight.season.Contact2025}): exit velocity overall, of ground balls
 * (launch angle under 10°) and of line drives and fly balls (10-50°), the hard-hit (95+ mph) and
 * barrel shares, where the balls go (pulled, straightaway, opposite; on the ground or in the air)
 * and where the home runs go and how far. Every fair batted ball counts, home runs included.
 * Chunks are summed in chunk order, so the profile is the same for any thread count.
 */
public final class ContactProfile implements PaRecording<ContactProfile.Tally> {
    static final double HARD_HIT_MPH = 95.0;
    static final double GROUND_BALL_BELOW_DEG = 10.0;
    static final double POP_UP_FROM_DEG = 50.0;

    private static final int DIRECTIONS = SprayDirection.values().length;

    private final Tally total = new Tally();

    /** One chunk's counts (also the run's total). */
    public static final class Tally implements PitchListener {
        long balls;
        long hardHit;
        long barrels;
        long groundBalls;
        long flyAndLine;
        double evSumMph;
        double groundEvSumMph;
        double flyAndLineEvSumMph;
        final long[] byDirection = new long[DIRECTIONS];
        final long[] groundByDirection = new long[DIRECTIONS];
        final long[] airByDirection = new long[DIRECTIONS];
        final long[] homeRunsByDirection = new long[DIRECTIONS];
        long homeRunFlights;
        double homeRunDistanceSumFt;

        @Override
        public void pitch(PitchEvent event) {
        }

        void add(Hitter batter, PlateAppearanceResult r) {
            if (r.ball() == null || r.type() == null) {
                return;
            }
            Launch launch = r.ball().launch();
            double ev = launch.exitVelocityMph();
            double la = launch.launchAngleDeg();
            int d = SprayDirection.of(launch.sprayAngleDeg(), batter.bats()).ordinal();
            balls++;
            evSumMph += ev;
            hardHit += ev >= HARD_HIT_MPH ? 1 : 0;
            barrels += Barrel.is(ev, la) ? 1 : 0;
            byDirection[d]++;
            if (la < GROUND_BALL_BELOW_DEG) {
                groundBalls++;
                groundEvSumMph += ev;
                groundByDirection[d]++;
            } else {
                airByDirection[d]++;
                if (la < POP_UP_FROM_DEG) {
                    flyAndLine++;
                    flyAndLineEvSumMph += ev;
                }
            }
            if (r.outcome() == PaOutcome.HR) {
                homeRunsByDirection[d]++;
                if (r.flight() != null) {
                    homeRunFlights++;
                    homeRunDistanceSumFt += r.flight().distanceFt();
                }
            }
        }

        void merge(Tally o) {
            balls += o.balls;
            hardHit += o.hardHit;
            barrels += o.barrels;
            groundBalls += o.groundBalls;
            flyAndLine += o.flyAndLine;
            evSumMph += o.evSumMph;
            groundEvSumMph += o.groundEvSumMph;
            flyAndLineEvSumMph += o.flyAndLineEvSumMph;
            for (int i = 0; i < DIRECTIONS; i++) {
                byDirection[i] += o.byDirection[i];
                groundByDirection[i] += o.groundByDirection[i];
                airByDirection[i] += o.airByDirection[i];
                homeRunsByDirection[i] += o.homeRunsByDirection[i];
            }
            homeRunFlights += o.homeRunFlights;
            homeRunDistanceSumFt += o.homeRunDistanceSumFt;
        }
    }

    @Override
    public Tally open(int chunk, long firstPa) {
        return new Tally();
    }

    @Override
    public void plateAppearance(Tally listener, Hitter batter, Pitcher pitcher, PlateAppearanceResult result) {
        listener.add(batter, result);
    }

    @Override
    public void finished(int chunk, Tally listener) {
        total.merge(listener);
    }

    /** Fair batted balls counted. */
    public long balls() {
        return total.balls;
    }

    /**
     * The profile under the keys of {@code ballflight.season.Contact2025} (shares as fractions of batted balls), plus
     * the home runs' directions as shares of home runs ({@code hr_pull_pct}, ...), which 2025's
     * leaderboards do not give. NaN where nothing was counted.
     */
    public Map<String, Double> values() {
        Tally t = total;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mean_ev_mph", ratio(t.evSumMph, t.balls));
        m.put("hard_hit_pct", ratio(t.hardHit, t.balls));
        m.put("fbld_ev_mph", ratio(t.flyAndLineEvSumMph, t.flyAndLine));
        m.put("gb_ev_mph", ratio(t.groundEvSumMph, t.groundBalls));
        m.put("barrel_pct", ratio(t.barrels, t.balls));
        m.put("hr_distance_ft", ratio(t.homeRunDistanceSumFt, t.homeRunFlights));
        long homeRuns = 0;
        for (long h : t.homeRunsByDirection) {
            homeRuns += h;
        }
        for (SprayDirection d : SprayDirection.values()) {
            String side = d.name().toLowerCase(Locale.ROOT);
            m.put(side + "_pct", ratio(t.byDirection[d.ordinal()], t.balls));
            m.put(side + "_gb_pct", ratio(t.groundByDirection[d.ordinal()], t.balls));
            m.put(side + "_air_pct", ratio(t.airByDirection[d.ordinal()], t.balls));
        }
        for (SprayDirection d : SprayDirection.values()) {
            m.put("hr_" + d.name().toLowerCase(Locale.ROOT) + "_pct", ratio(t.homeRunsByDirection[d.ordinal()], homeRuns));
        }
        return m;
    }

    private static double ratio(double num, double den) {
        return den > 0 ? num / den : Double.NaN;
    }
}
