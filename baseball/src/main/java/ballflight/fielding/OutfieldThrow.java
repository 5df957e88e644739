package ballflight.fielding;

import ballflight.data.Fielder;
import ballflight.units.Units;

/**
 * An outfielder's throw back to the infield: from where and when he has the ball, at the speed a
 * long throw keeps on average over its arc and hop; a throw longer than {@link #RELAY_FT} goes
 * through a cutoff man. The batter-runner ({@link BallInPlay}) and the runners on base
 * ({@code ballflight.game.Baserunning}) race the same throw.
 */
public record OutfieldThrow(double xFt, double yFt, double fieldedS, double throwFtPerS) {
    /** Outfielder gathers the ball, crow-hops and releases, s. */
    public static final double RELEASE_S = 0.8;
    /** Long throws lose speed to the arc and a hop: share of release speed kept on average. */
    public static final double LONG_THROW_KEEP = 0.75;
    /** Throws longer than this go through a cutoff man, ft, costing {@link #RELAY_S}. */
    public static final double RELAY_FT = 250.0;
    public static final double RELAY_S = 0.4;

    /** {@code f} throws from ({@code xFt}, {@code yFt}), having the ball at {@code fieldedS}. */
    public static OutfieldThrow by(Fielder f, double xFt, double yFt, double fieldedS) {
        return new OutfieldThrow(xFt, yFt, fieldedS, speedFtPerS(f));
    }

    /** Average speed of a long throw by {@code f}, ft/s. */
    public static double speedFtPerS(Fielder f) {
        return LONG_THROW_KEEP * Units.mphToFtPerS(f.skill().armMph());
    }

    /** When the ball gets to {@code base}, s since contact. */
    public double ballAtS(double[] base) {
        double d = Bases.distance(xFt, yFt, base);
        return fieldedS + RELEASE_S + d / throwFtPerS + (d > RELAY_FT ? RELAY_S : 0.0);
    }
}
