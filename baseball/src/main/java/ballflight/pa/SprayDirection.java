package ballflight.pa;

import ballflight.data.Handedness;

/** Savant's thirds of the field from the batter's side: pulled, straightaway, opposite (15° either side of center). */
public enum SprayDirection {
    PULL, STRAIGHT, OPPO;

    static final double CENTER_HALF_WIDTH_DEG = 15.0;

    /** @param sprayAngleDeg launch direction, + toward right field (as {@link ballflight.model.Launch}) */
    public static SprayDirection of(double sprayAngleDeg, Handedness bats) {
        // A right-handed batter pulls to left field (negative spray).
        double pullward = bats == Handedness.RIGHT ? -sprayAngleDeg : sprayAngleDeg;
        return pullward > CENTER_HALF_WIDTH_DEG ? PULL : pullward < -CENTER_HALF_WIDTH_DEG ? OPPO : STRAIGHT;
    }
}
