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
 */
public record PitchSpec(String type, double usage, double releaseSpeedMph, double spinRpm, double activeSpin,
                        double spinClockHours, double whiffRate) {
}
