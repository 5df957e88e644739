package ballflight.pitch;

/**
 * The ball-strike count before a pitch.
 *
 * @param balls 0..3
 * @param strikes 0..2
 */
public record Count(int balls, int strikes) {
    public static final Count START = new Count(0, 0);

    public Count {
        if (balls < 0 || balls > 3 || strikes < 0 || strikes > 2) {
            throw new IllegalArgumentException("count must be 0-3 balls and 0-2 strikes, got " + balls + "-" + strikes);
        }
    }

    /** Positive when the pitcher is ahead (more strikes than balls). */
    public int pitcherAdvantage() {
        return strikes - balls;
    }
}
