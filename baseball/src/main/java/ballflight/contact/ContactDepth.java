package ballflight.contact;

import ballflight.pitch.PaTuning;

/**
 * Bat speed by how deep the ball is met. The bat's head speeds up through the swing and is fastest
 * out in front of the plate: a ball met early (pulled) gets the full speed, one met deep (late, to
 * the opposite field) is met before the bat has it. The speed falls off as the square of the
 * timing away from the fastest point, {@code 1 - k (t - t_fast)^2}.
 *
 * <p>Bat tracking's speeds (and so the league bat speed the swing starts from) are measured where
 * the ball was met, so they are already a mean over contact depths: the factor is divided by its
 * mean over the league's balls in play, which keeps the league's mean bat speed at contact, and
 * its mean exit velocity, where they were.
 */
final class ContactDepth {
    /**
     * Timing of the league's balls in play: mean and spread, ms (measured over 100,000 PA, 76,000
     * balls in play). Far narrower than the timing error of a swing (23 ms): a swing met much early
     * or late misses or is fouled off.
     */
    static final double IN_PLAY_TIMING_MEAN_MS = 0.0;
    static final double IN_PLAY_TIMING_SD_MS = 9.4;
    /** A ball met far from the fastest point still gets at least this share of the speed. */
    static final double MIN_FACTOR = 0.5;

    private final double fastestMs;
    private final double lossPerMs2;
    private final double inPlayMean;

    ContactDepth(PaTuning tuning) {
        this.fastestMs = tuning.fastestTimingMs();
        this.lossPerMs2 = tuning.batSpeedLossPerMs2();
        double off = IN_PLAY_TIMING_MEAN_MS - fastestMs;
        this.inPlayMean = 1 - lossPerMs2 * (off * off + IN_PLAY_TIMING_SD_MS * IN_PLAY_TIMING_SD_MS);
    }

    /** Bat speed at a contact with this timing (+ early, ms), relative to the league's mean over balls in play. */
    double speedFactor(double timingMs) {
        double off = timingMs - fastestMs;
        return Math.max(MIN_FACTOR, 1 - lossPerMs2 * off * off) / inPlayMean;
    }
}
