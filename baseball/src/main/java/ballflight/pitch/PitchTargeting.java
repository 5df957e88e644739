package ballflight.pitch;

import ballflight.data.Handedness;
import ballflight.data.PitchFamily;
import java.util.random.RandomGenerator;

/**
 * Where the pitcher aims and where his hand actually sends the ball.
 *
 * <p>Intended location: fastballs up in the zone, breaking and off-speed balls low (breaking
 * balls to the glove side); the aim moves toward the heart of the zone when the pitcher is behind
 * (he needs a strike) and off the edges when he is ahead (he wants a chase), off the edges to
 * the hitters who walked most in 2025 (they are pitched around), and off the edges to the hitters
 * who chase most (a batter who swings at balls is given few strikes), over the plate to those who
 * do not chase (they must be given strikes). Command error: a
 * normal miss in x and z with a standard deviation that grows with the pitcher's walk rate.
 */
public final class PitchTargeting {
    private final PaTuning tuning;

    public PitchTargeting(PaTuning tuning) {
        this.tuning = tuning;
    }

    /** Walk rates outside this range are treated as its ends when setting how carefully he is pitched to. */
    static final double MIN_BATTER_WALK_RATE = 0.03;
    static final double MAX_BATTER_WALK_RATE = 0.20;

    /**
     * The intended point for this pitch, before execution error.
     *
     * @param batterWalkRate the batter's 2025 walk rate: pitchers work further off the plate to
     *                       the hitters who walk most (they pitch around them)
     * @param batterChaseZ how much more than the league the batter chased in 2025, in sd
     */
    public PlateTarget intended(PitchFamily family, Handedness pitcherHand, Handedness batterSide, Count count,
                                double batterWalkRate, double batterChaseZ) {
        // Edge of the zone the pitcher works: 1 = on the edge, 0 = middle, > 1 outside.
        double walk = Math.max(MIN_BATTER_WALK_RATE, Math.min(MAX_BATTER_WALK_RATE, batterWalkRate));
        double edge = tuning.edgeAtEven() + tuning.edgePerAdvantage() * count.pitcherAdvantage()
                + tuning.edgePerBatterWalkLog() * Math.log(walk / tuning.leagueWalkRate())
                + tuning.edgePerBatterChaseZ() * batterChaseZ;
        edge = Math.max(0.0, edge);
        double halfHeight = (StrikeZone.TOP_FT - StrikeZone.BOTTOM_FT) / 2.0;
        // Glove side for a right-hander is +x (first-base side); away from a righty batter is +x too.
        double away = batterSide == Handedness.RIGHT ? 1.0 : -1.0;
        double glove = pitcherHand == Handedness.RIGHT ? 1.0 : -1.0;
        return switch (family) {
            case FASTBALL -> new PlateTarget(0.35 * edge * StrikeZone.HALF_WIDTH_FT * away,
                    StrikeZone.CENTER_Z_FT + 0.55 * edge * halfHeight);
            case BREAKING -> new PlateTarget(0.55 * edge * StrikeZone.HALF_WIDTH_FT * glove,
                    StrikeZone.CENTER_Z_FT - 0.85 * edge * halfHeight);
            case OFFSPEED -> new PlateTarget(0.45 * edge * StrikeZone.HALF_WIDTH_FT * away,
                    StrikeZone.CENTER_Z_FT - 0.85 * edge * halfHeight);
        };
    }

    /** The point the pitch is thrown at: the intended point plus the command miss. */
    public PlateTarget executed(PlateTarget intended, double pitcherWalkRate, RandomGenerator rng) {
        double sigma = tuning.commandSigmaFt() * Math.pow(pitcherWalkRate / tuning.leagueWalkRate(), tuning.commandWalkPower());
        return new PlateTarget(intended.xFt() + sigma * rng.nextGaussian(), intended.zFt() + sigma * rng.nextGaussian());
    }
}
