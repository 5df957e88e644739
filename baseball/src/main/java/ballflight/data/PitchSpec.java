package ballflight.data;

/**
 * One pitch in a pitcher's arsenal.
 *
 * @param type Statcast code (FF, SI, FC, SL, ST, SV, CU, KC, CH, FS, KN, ...)
 * @param usage fraction of the pitcher's pitches (the arsenal sums to 1)
 * @param releaseSpeedMph speed out of the hand
 * @param spinRpm total spin rate
 * @param activeSpin fraction of the spin that is transverse (makes Magnus force), 0..1
 * @param spinClockHours Savant's spin direction: the clock hand points where the spin pushes the ball as
 *                       seen from behind the pitcher; 12 = pure backspin (straight up), 3 = toward the
 *                       pitcher's right (third-base side, -x), 9 = toward his left (+x)
 * @param whiffRate fraction of swings that miss this pitch (its "stuff", 2025)
 * @param putAwayLift how much better than its whiff rate says it finished two-strike counts in 2025, as a logit
 *                    ({@link PutAway}); 0 for a pitch as the league's relation predicts
 */
public record PitchSpec(String type, double usage, double releaseSpeedMph, double spinRpm, double activeSpin,
                        double spinClockHours, double whiffRate, double putAwayLift) {

    /** A pitch that finishes hitters as its whiff rate predicts. */
    public PitchSpec(String type, double usage, double releaseSpeedMph, double spinRpm, double activeSpin,
                     double spinClockHours, double whiffRate) {
        this(type, usage, releaseSpeedMph, spinRpm, activeSpin, spinClockHours, whiffRate, 0.0);
    }
}
