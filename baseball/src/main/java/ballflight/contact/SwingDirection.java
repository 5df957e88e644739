package ballflight.contact;

import ballflight.data.Hitter;
import ballflight.data.Normal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where a hitter's bat face points: his mean timing from his 2025 pull rate, and a timing spread
 * that keeps his fouls to the side where they were.
 *
 * <p>Why both: the face's swing-to-swing spread (the timing spread, about 37° of face) is wider than
 * the fair window, so moving only the mean hardly moves where the fair balls go (with 4 ms x pull
 * rate / 0.40 alone each hitter's pull share followed 2025's at r 0.10). A hitter's mean timing gets
 * {@value #MS_PER_PULL} ms more per unit of pull rate above the league's {@value #LEAGUE_PULL_RATE},
 * and his spread is narrowed until his contacts leave a ±{@value #SIDE_WINDOW_DEG}° face window as
 * often as they did at his mean without the move: a pull hitter's face is centred further round but
 * he does not hook more balls foul (and one centred nearer straight away than before gets a wider
 * spread). The window is wider than the collision's fair one (±28° for a league fastball), so the
 * side fouls of each hitter stay near what they were (the foul share is his own 2025 input through
 * the two-strike spread, {@link Swing#timingSigmaMs}).
 *
 * <p>Not thread-safe (one per {@link Swing}, one per engine per thread).
 */
final class SwingDirection {
    /** League pull rate the mean timing is centred on (Savant batted balls, 2025). */
    static final double LEAGUE_PULL_RATE = 0.40;
    /** Mean timing (+ early) per unit of pull rate above the league's, ms (CALIBRATION.md, twenty-sixth session). */
    static final double MS_PER_PULL = 60.0;
    /** Face window whose leaving rate the spread holds, ° either side of straight away. */
    static final double SIDE_WINDOW_DEG = 45.0;
    /** The spread stays within these shares of the count's. */
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 1.5;

    private final double pullTimingMs;
    private final double faceDegPerMs;
    /** Each hitter's scales (fewer than two strikes, two strikes), solved once: by identity, the hitters are shared. */
    private final Map<Hitter, double[]> scales = new IdentityHashMap<>();

    SwingDirection(double pullTimingMs, double faceDegPerMs) {
        this.pullTimingMs = pullTimingMs;
        this.faceDegPerMs = faceDegPerMs;
    }

    /** The timing before the face moved with the direction: 4 ms x (pull rate / 0.40). */
    double baseTimingMs(Hitter batter) {
        return pullTimingMs * (batter.pullRate() / LEAGUE_PULL_RATE);
    }

    /** His mean timing, ms, + early (pulled). */
    double meanTimingMs(Hitter batter) {
        return baseTimingMs(batter) + MS_PER_PULL * (batter.pullRate() - LEAGUE_PULL_RATE);
    }

    /**
     * The share of {@code timingSigmaMs} his timing error is drawn with, so that his faces leave the
     * side window as often as at his base timing. {@code timingSigmaMs} must be a function of the
     * batter and {@code twoStrikes} only (it is: {@link Swing#timingSigmaMs}).
     */
    double spreadScale(Hitter batter, boolean twoStrikes, double timingSigmaMs) {
        double[] s = scales.computeIfAbsent(batter, b -> new double[] {Double.NaN, Double.NaN});
        int i = twoStrikes ? 1 : 0;
        if (Double.isNaN(s[i])) {
            s[i] = solveScale(baseTimingMs(batter) * faceDegPerMs, meanTimingMs(batter) * faceDegPerMs,
                    timingSigmaMs * faceDegPerMs);
        }
        return s[i];
    }

    /** The scale s of sigma whose normal law around {@code toDeg} leaves the window as often as sigma around {@code fromDeg}. */
    static double solveScale(double fromDeg, double toDeg, double sigmaDeg) {
        double target = leaving(fromDeg, sigmaDeg);
        double lo = MIN_SCALE;
        double hi = MAX_SCALE;
        if (leaving(toDeg, lo * sigmaDeg) > target) {
            return lo;
        }
        // Leaving the window grows with the spread for a mean inside it: bisect. A face centred
        // nearer straight away than before gets a wider spread.
        for (int k = 0; k < 50; k++) {
            double mid = 0.5 * (lo + hi);
            if (leaving(toDeg, mid * sigmaDeg) > target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** P(|face| > window) for a normal face N(mean, sigma), degrees. */
    static double leaving(double meanDeg, double sigmaDeg) {
        return Normal.outside(meanDeg, sigmaDeg, SIDE_WINDOW_DEG);
    }
}
