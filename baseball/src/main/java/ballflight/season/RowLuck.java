package ballflight.season;

import java.util.function.ToDoubleFunction;

/**
 * How a fidelity row's luck bound is worked out from its players ({@code A}: the 2025 player,
 * {@code L}: his simulated season line): from the binomial luck of a share ({@link LuckBound#of}),
 * from the engine's own scatter scaled to his 2025 trials ({@link LuckBound#fromScatter}), or not
 * at all (a rate the engine takes as an input).
 *
 * @param share his 2025 value as a share of his trials (binomial only)
 * @param realTrials his 2025 trials (plate appearances, at-bats, outs)
 * @param simulatedTrials the same trials in a simulated season line (scatter only)
 */
record RowLuck<A, L>(ToDoubleFunction<A> share, ToDoubleFunction<A> realTrials, ToDoubleFunction<L> simulatedTrials) {

    static <A, L> RowLuck<A, L> binomial(ToDoubleFunction<A> share, ToDoubleFunction<A> trials) {
        return new RowLuck<>(share, trials, null);
    }

    static <A, L> RowLuck<A, L> scatter(ToDoubleFunction<A> realTrials, ToDoubleFunction<L> simulatedTrials) {
        return new RowLuck<>(null, realTrials, simulatedTrials);
    }

    static <A, L> RowLuck<A, L> none() {
        return new RowLuck<>(null, null, null);
    }

    boolean isBinomial() {
        return share != null;
    }

    boolean isScatter() {
        return simulatedTrials != null;
    }
}
