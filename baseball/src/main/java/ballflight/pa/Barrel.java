package ballflight.pa;

/**
 * Statcast's barrel: a batted ball hit at least 98 mph inside a launch-angle window that is
 * 26-30° at 98 mph and widens as the ball is hit harder, to 8-50° at 116 mph. Savant states the
 * end points and that each mph widens the window by 2-3°; read here as straight lines between
 * them (lower edge 1° per mph, upper edge 20/18° per mph).
 */
public final class Barrel {
    static final double MIN_EV_MPH = 98.0;
    static final double FULL_EV_MPH = 116.0;
    static final double LOW_AT_MIN_DEG = 26.0;
    static final double HIGH_AT_MIN_DEG = 30.0;
    static final double LOW_AT_FULL_DEG = 8.0;
    static final double HIGH_AT_FULL_DEG = 50.0;

    private Barrel() {
    }

    public static boolean is(double exitVelocityMph, double launchAngleDeg) {
        if (!(exitVelocityMph >= MIN_EV_MPH)) {
            return false;
        }
        double share = Math.min(1.0, (exitVelocityMph - MIN_EV_MPH) / (FULL_EV_MPH - MIN_EV_MPH));
        double low = LOW_AT_MIN_DEG + share * (LOW_AT_FULL_DEG - LOW_AT_MIN_DEG);
        double high = HIGH_AT_MIN_DEG + share * (HIGH_AT_FULL_DEG - HIGH_AT_MIN_DEG);
        return launchAngleDeg >= low && launchAngleDeg <= high;
    }
}
