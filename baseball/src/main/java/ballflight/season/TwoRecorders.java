package ballflight.season;

import ballflight.game.GameListener;
import ballflight.game.GameResult;
import ballflight.game.TwoListeners;

/** Two recorders on one season (say the export files and the home-run quality): each gets its own listener per game. */
public final class TwoRecorders<A extends GameListener, B extends GameListener> implements SeasonRecorder<TwoRecorders.Pair<A, B>> {
    /** The two listeners of one game. */
    public static final class Pair<A extends GameListener, B extends GameListener> extends TwoListeners {
        final A a;
        final B b;

        Pair(A a, B b) {
            super(a, b);
            this.a = a;
            this.b = b;
        }
    }

    private final SeasonRecorder<A> first;
    private final SeasonRecorder<B> second;

    public TwoRecorders(SeasonRecorder<A> first, SeasonRecorder<B> second) {
        this.first = first;
        this.second = second;
    }

    /** {@code first} and {@code second} together, or whichever is not null (null when both are). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SeasonRecorder<?> of(SeasonRecorder<?> first, SeasonRecorder<?> second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : new TwoRecorders(first, second);
    }

    @Override
    public Pair<A, B> open(ScheduledGame game) {
        return new Pair<>(first.open(game), second.open(game));
    }

    @Override
    public void played(ScheduledGame game, GameResult result, Pair<A, B> listener) {
        first.played(game, result, listener.a);
        second.played(game, result, listener.b);
    }

    @Override
    public void finished(ScheduledGame game, GameResult result, Pair<A, B> listener) {
        first.finished(game, result, listener.a);
        second.finished(game, result, listener.b);
    }
}
