package ballflight.contact;

import ballflight.data.Hitter;
import ballflight.pitch.PaTuning;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much harder a batter's best half of contacts comes off the bat than a league batter's at
 * the same bat speed, because of how he meets the ball: his height offset D (mean from his launch
 * angle and attack angle, spread from his line drives) and his impact spread along the barrel
 * (from his squared-up rate). A batter who meets the ball more squarely turns the same bat speed
 * into a higher EV50; his 2025 EV50 already contains that, so the bat speed the swing solves from
 * EV50 must not count it twice ({@link Swing#deliveredBatSpeedMph}).
 *
 * <p>Deterministic: the two normal spreads are integrated on a fixed grid (no random draws), the
 * collision is the swing's own ({@link BatBallCollision}) against a league fastball at the middle
 * of the zone with a square face, and EV50 is the weighted mean of the faster half of the contacts
 * (Savant's definition over batted balls). Computed once per batter and tuning, and kept.
 */
final class ContactEv50 {
    /** A league four-seamer as it reaches the plate: 85 mph, 6 degrees down (mph, toward the catcher). */
    private static final double[] FASTBALL_MPH = {0.0, -85.0 * Math.cos(Math.toRadians(6)), -85.0 * Math.sin(Math.toRadians(6))};
    private static final double[] NO_SPIN = {0.0, 0.0, 0.0};
    /** Grid points per spread, over +-3.5 sd (the regulars' EV50 shifts within 0.04 mph of a 61-point grid's). */
    private static final int POINTS = 21;
    /** One per tuning, shared by every swing model made with it (engines are made per game). */
    private static final Map<PaTuning, ContactEv50> BY_TUNING = new ConcurrentHashMap<>();

    private final PaTuning tuning;
    private final Map<Hitter, Double> shifts = new ConcurrentHashMap<>();
    private final double league;

    /** The shared instance for {@code tuning}. */
    static ContactEv50 of(PaTuning tuning) {
        return BY_TUNING.computeIfAbsent(tuning, ContactEv50::new);
    }

    /** A league batter's spreads are the tuning's own: mean offset, tracked spread, impact spread. */
    private ContactEv50(PaTuning tuning) {
        this.tuning = tuning;
        this.league = ev50(tuning.offsetMeanIn(), tuning.trackedSigmaIn(), tuning.sweetSpotSigmaIn(),
                Swing.LEAGUE_ATTACK_DEG);
    }

    /**
     * EV50 of {@code batter}'s contacts minus a league batter's, both at the league bat speed, mph,
     * with his spreads as {@code swing} draws them. Asked on every contact: a known batter costs one
     * lookup; his spreads are worked out only the first time.
     */
    double shiftMph(Hitter batter, Swing swing) {
        Double known = shifts.get(batter);
        if (known != null) {
            return known;
        }
        double shift = ev50(swing.meanOffsetIn(batter), swing.trackedSigmaIn(batter),
                swing.sweetSpotSigmaIn(batter, 0.0), batter.attackAngleDeg()) - league;
        Double raced = shifts.putIfAbsent(batter, shift);
        return raced != null ? raced : shift;
    }

    private double ev50(double meanOffsetIn, double trackedSigmaIn, double sweetSpotSigmaIn, double attackDeg) {
        double r = BatBallCollision.MAX_OFFSET_IN;
        double[] ev = new double[POINTS * POINTS];
        double[] weight = new double[POINTS * POINTS];
        int n = 0;
        for (int i = 0; i < POINTS; i++) {
            double zd = -3.5 + 7.0 * i / (POINTS - 1);
            double d = meanOffsetIn + trackedSigmaIn * zd;
            if (Math.abs(d) >= r) {
                continue; // a miss
            }
            for (int j = 0; j < POINTS; j++) {
                double zx = -3.5 + 7.0 * j / (POINTS - 1);
                double x = sweetSpotSigmaIn * zx;
                double q = Math.max(0.05, tuning.collisionEfficiency() - tuning.efficiencyLossPerIn2() * x * x);
                BattedBall ball = BatBallCollision.collide(FASTBALL_MPH, NO_SPIN,
                        Swing.LEAGUE_BAT_SPEED_MPH * (1 - 0.01 * x), attackDeg, 0.0, d, q, tuning.friction(), 2.5);
                if (ball == null) {
                    continue;
                }
                ev[n] = ball.launch().exitVelocityMph();
                weight[n] = Math.exp(-0.5 * (zd * zd + zx * zx));
                n++;
            }
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += weight[k];
        }
        double taken = 0;
        double sum = 0;
        for (int k = 0; k < n && taken < total / 2; k++) {
            double w = Math.min(weight[order[k]], total / 2 - taken);
            sum += w * ev[order[k]];
            taken += w;
        }
        return sum / taken;
    }
}
