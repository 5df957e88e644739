package ballflight.pa;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;

/**
 * Two recordings of one run (a pitch file and a chart, say): each chunk gets a listener from both,
 * and every pitch, plate appearance and finished chunk reaches both in the same order.
 */
public final class BothRecordings<A extends PitchListener, B extends PitchListener>
        implements PaRecording<BothRecordings.Pair<A, B>> {
    private final PaRecording<A> first;
    private final PaRecording<B> second;

    /** The two listeners of one chunk. */
    public record Pair<A extends PitchListener, B extends PitchListener>(A first, B second) implements PitchListener {
        @Override
        public void pitch(PitchEvent event) {
            first.pitch(event);
            second.pitch(event);
        }
    }

    public BothRecordings(PaRecording<A> first, PaRecording<B> second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public Pair<A, B> open(int chunk, long firstPa) {
        return new Pair<>(first.open(chunk, firstPa), second.open(chunk, firstPa));
    }

    @Override
    public void plateAppearance(Pair<A, B> listener, Hitter batter, Pitcher pitcher, PlateAppearanceResult result) {
        first.plateAppearance(listener.first(), batter, pitcher, result);
        second.plateAppearance(listener.second(), batter, pitcher, result);
    }

    @Override
    public void finished(int chunk, Pair<A, B> listener) {
        first.finished(chunk, listener.first());
        second.finished(chunk, listener.second());
    }
}
