package ballflight.fielding;

import ballflight.units.Units;

/**
 * How fast a short throw travels: an infielder's to a base, a catcher's to second. Unlike a long
 * throw ({@link OutfieldThrow}) it has no arc or hop to lose speed to, so it keeps nearly all of the
 * thrower's arm speed.
 */
public final class InfieldThrow {
    /** Share of release speed a short throw keeps on average over its flight. */
    public static final double SPEED_KEPT = 0.9;

    private InfieldThrow() {
    }

    /** Average speed of a short throw by an arm of {@code armMph}, ft/s. */
    public static double speedFtPerS(double armMph) {
        return SPEED_KEPT * Units.mphToFtPerS(armMph);
    }
}
