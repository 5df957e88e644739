package ballflight.pa;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;

/**
 * Records a {@link PaRunner} run chunk by chunk: a listener per chunk on the worker thread that
 * plays it, told of every pitch and of every finished plate appearance, then handed back in chunk
 * order, one at a time, so the record is the same for any thread count.
 *
 * @param <R> the per-chunk listener
 */
public interface PaRecording<R extends PitchListener> {
    /** A fresh listener for chunk {@code chunk} whose first plate appearance is number {@code firstPa} (0-based). */
    R open(int chunk, long firstPa);

    /** A plate appearance of the chunk ended (its pitches went to {@code listener} first). */
    void plateAppearance(R listener, Hitter batter, Pitcher pitcher, PlateAppearanceResult result);

    /** Chunk {@code chunk} is complete: called in chunk order, never concurrently. */
    void finished(int chunk, R listener);
}
