package ballflight.season;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a fidelity row's luck bound is worked out from its players ({@code A}: the 2025 player,
 * {@code L}: his simulated season line): from the binomial luck of a share ({@link LuckBound#of}),
 * from the engine's own scatter scaled to his 2025 trials ({@link LuckBound#fromScatter}), or not
 * at all (a rate the engine takes as an input).
 */
sealed interface RowLuck<A, L> {

    /**
     * The row's luck bound.
     *
     * @param players the 2025 players
     * @param qualified each player's qualifying simulated lines, one list per player
     * @param realValues each player's 2025 value
     * @param simulated each player's simulated values, one per qualifying line
     */
    double bound(List<A> players, List<List<L>> qualified, double[] realValues, List<double[]> simulated);

    static <A, L> RowLuck<A, L> binomial(ToDoubleFunction<A> share, ToDoubleFunction<A> trials) {
        return new Binomial<>(share, trials);
    }

    static <A, L> RowLuck<A, L> scatter(ToDoubleFunction<A> realTrials, ToDoubleFunction<L> simulatedTrials) {
        return new Scatter<>(realTrials, simulatedTrials);
    }

    static <A, L> RowLuck<A, L> none() {
        return new None<>();
    }

    /** His 2025 value is a share of his trials: binomial luck, over the players who qualified. */
    record Binomial<A, L>(ToDoubleFunction<A> share, ToDoubleFunction<A> trials) implements RowLuck<A, L> {
        @Override
        public double bound(List<A> players, List<List<L>> qualified, double[] realValues, List<double[]> simulated) {
            int n = 0;
            double[] shares = new double[players.size()];
            double[] counts = new double[players.size()];
            for (int i = 0; i < players.size(); i++) {
                if (!qualified.get(i).isEmpty()) {
                    shares[n] = share.applyAsDouble(players.get(i));
                    counts[n] = trials.applyAsDouble(players.get(i));
                    n++;
                }
            }
            return LuckBound.of(Arrays.copyOf(shares, n), Arrays.copyOf(counts, n));
        }
    }

    /** Not one share of its trials: the engine's own scatter, scaled from his simulated to his 2025 trials. */
    record Scatter<A, L>(ToDoubleFunction<A> realTrials, ToDoubleFunction<L> simulatedTrials) implements RowLuck<A, L> {
        @Override
        public double bound(List<A> players, List<List<L>> qualified, double[] realValues, List<double[]> simulated) {
            double[] simulatedCounts = new double[players.size()];
            double[] realCounts = new double[players.size()];
            for (int i = 0; i < players.size(); i++) {
                simulatedCounts[i] = qualified.get(i).stream().mapToDouble(simulatedTrials).average().orElse(0);
                realCounts[i] = realTrials.applyAsDouble(players.get(i));
            }
            return LuckBound.fromScatter(realValues, simulated, simulatedCounts, realCounts);
        }
    }

    /** A rate the engine takes as its input: no luck bound. */
    record None<A, L>() implements RowLuck<A, L> {
        @Override
        public double bound(List<A> players, List<List<L>> qualified, double[] realValues, List<double[]> simulated) {
            return Double.NaN;
        }
    }
}
