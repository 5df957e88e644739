package ballflight.verdict;

import java.util.List;

/**
 * Who wins one workload, and by how much.
 *
 * @param workload {@link Workload} name
 * @param mode simulation mode name
 * @param batchSize flights per call
 * @param bestJava the Java contender kept: the simplest one no other Java contender beats beyond the
 *     error ({@link Contenders#JAVA_SIMPLEST_FIRST})
 * @param bestJavaFlightsPerS its throughput
 * @param bestJavaErrorFlightsPerS its error
 * @param bestNative the faster native contender
 * @param nativeFlightsPerS its throughput
 * @param nativeErrorFlightsPerS its error
 * @param ratio native ÷ the fastest Java contender's throughput (by mean; it may differ from
 *     {@code bestJava} when a simpler one ties it)
 * @param ratioError error of the ratio (relative errors added in quadrature)
 * @param winner {@code native} if {@code ratio - ratioError > 1}, else {@link #bestJava}
 * @param decision one line explaining the winner
 * @param ranking every measured contender (the faster native one only) in the order {@code auto}
 *     tries them when the one before cannot run here: the winner first, then the winner among the
 *     rest, and so on. Optional in the file (files written before it get the winner, then the
 *     other of best Java and best native).
 */
public record WorkloadVerdict(String workload, String mode, int batchSize, String bestJava, double bestJavaFlightsPerS,
                              double bestJavaErrorFlightsPerS, String bestNative, double nativeFlightsPerS,
                              double nativeErrorFlightsPerS, double ratio, double ratioError, String winner,
                              String decision, List<String> ranking) {

    public WorkloadVerdict {
        if (ranking == null && bestJava != null && bestNative != null && winner != null) {
            ranking = Contenders.isNative(winner) ? List.of(bestNative, bestJava) : List.of(bestJava, bestNative);
        }
        ranking = ranking == null ? null : List.copyOf(ranking);
    }
}
