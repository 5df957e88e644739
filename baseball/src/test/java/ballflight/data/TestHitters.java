package ballflight.data;

/** A league-average hitter for tests, but for his side and direction. */
public final class TestHitters {
    private TestHitters() {
    }

    /** League bat, eye and power; {@code pullRate} and {@code oppoRate} his shares of batted balls. */
    public static Hitter withDirection(Handedness bats, double pullRate, double oppoRate) {
        return new Hitter("test", "", "CF", bats, 600, 0.22, 0.085, 72.0, 10.0, 0.245, 0.28, 13.0, 89.0, 100.5,
                0.33, Hitter.LEAGUE_BARREL_RATE, LaunchAngleSpread.LEAGUE_SD_DEG, pullRate, oppoRate, 27.0,
                new FielderSkill(27.0, 0.45, 0.93, 85.0, 0.985));
    }
}
