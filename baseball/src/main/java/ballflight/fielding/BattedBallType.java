package ballflight.fielding;

/** Statcast's batted-ball types by launch angle: GB < 10°, LD 10-25°, FB 25-50°, PU > 50°. */
public enum BattedBallType {
    GB, LD, FB, PU;

    public static BattedBallType of(double launchAngleDeg) {
        if (launchAngleDeg < 10.0) {
            return GB;
        }
        if (launchAngleDeg < 25.0) {
            return LD;
        }
        return launchAngleDeg <= 50.0 ? FB : PU;
    }
}
