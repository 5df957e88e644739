package ballflight.season;

import java.util.List;

/**
 * One measure of the fidelity report, as the mean over the seasons played. A row compares
 * players or teams with 2025 ({@code r}, {@code slope}, {@code rms} set) or gives one value
 * ({@code value} set); whatever does not apply is NaN.
 *
 * @param key stable JSON name, e.g. {@code hitter_k_pct}
 * @param label what is measured, for people
 * @param n pairs compared (mean over seasons); 0 for a single value
 * @param se standard error of the row's figure ({@code r}, or {@code value} for a single value) from the seasons'
 *           own scatter ({@link SeasonError}); NaN for one season
 * @param rmsUnit unit of {@code rms} (and of {@code value}), e.g. {@code pp} for percentage points
 * @param perSeason the row's headline figure (r, or the value) in each season, in seed order
 * @param bound the r the row would show if the simulated expectations were exactly the 2025 values, given the
 *              simulation's own season-to-season scatter ({@link NoiseBound}); NaN where not computed
 * @param luckBound the r the row would show if the simulation knew every true rate exactly, given the luck in
 *                  2025's own numbers ({@link LuckBound}); NaN where the engine takes the outcome as an input, or
 *                  for a rate with no binomial form from a single season (its luck comes from the seasons' scatter)
 * @param expected the row against Statcast's expected stat for it ({@link ExpectedStat#NONE} where there is none)
 */
public record FidelityRow(String key, String label, double n, double r, double slope, double rms, double value,
                          double se, String rmsUnit, List<Double> perSeason, FidelityTarget target, double bound,
                          double luckBound, ExpectedStat expected) {
    public FidelityRow {
        perSeason = List.copyOf(perSeason);
    }

    /** The same row with its {@code bound}, {@code luckBound} and {@code expected} set. */
    FidelityRow with(double bound, double luckBound, ExpectedStat expected) {
        return new FidelityRow(key, label, n, r, slope, rms, value, se, rmsUnit, perSeason, target, bound, luckBound,
                expected);
    }

    /** True or false against the target; null when the row has none. */
    public Boolean holds() {
        return target.isSet() ? target.heldBy(this) : null;
    }

    public boolean isCorrelation() {
        return !Double.isNaN(r) || Double.isNaN(value);
    }
}
