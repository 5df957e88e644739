package ballflight.contact;

import ballflight.pitch.PaTuning;

/**
 * Bat speed by how deep the ball is met. The bat's head speeds up through the swing and is fastest
 * out in front of the plate: a ball met early (pulled) gets the full speed, one met deep (late, to
 * the opposite field) is met before the bat has it. The speed falls off as the square of the
 * timing away from the fastest point, {@code 1 - k (t - t_fast)^2}.
 *
 * <p>The batter's bat speed (the league's 2025 bat tracking, moved by his EV50) is the speed at a
 * league hitter's mean timing, so the factor is 1 there: a ball pulled harder than that mean gets
 * more, one met later less.
 */
final class ContactDepth {
    /** A ball met far from the fastest point still gets at least this share of the speed. */
    static final double MIN_FACTOR = 0.5;

    private final double fastestMs;
    private final double lossPerMs2;
    private final double atMeanTiming;

    ContactDepth(PaTuning tuning) {
        this.fastestMs = tuning.fastestTimingMs();
        this.lossPerMs2 = tuning.batSpeedLossPerMs2();
        this.atMeanTiming = raw(tuning.pullTimingMs());
    }

    /** Bat speed at a contact with this timing (+ early, ms), relative to a league hitter's mean timing. */
    double speedFactor(double timingMs) {
        return raw(timingMs) / atMeanTiming;
    }

    private double raw(double timingMs) {
        double off = timingMs - fastestMs;
        return Math.max(MIN_FACTOR, 1 - lossPerMs2 * off * off);
    }
}
