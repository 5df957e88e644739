package ballflight.verdict;

/**
 * Who wins one workload, and by how much.
 *
 * @param workload {@link Workload} name
 * @param mode simulation mode name
 * @param batchSize flights per call
 * @param bestJava the Java contender kept ({@code java-parallel} only if it beats {@code java} beyond the error)
 * @param bestJavaFlightsPerS its throughput
 * @param bestJavaErrorFlightsPerS its error
 * @param bestNative the faster native contender
 * @param nativeFlightsPerS its throughput
 * @param nativeErrorFlightsPerS its error
 * @param ratio native ÷ best Java throughput
 * @param ratioError error of the ratio (relative errors added in quadrature)
 * @param winner {@code native} if {@code ratio - ratioError > 1}, else {@link #bestJava}
 * @param decision one line explaining the winner
 */
public record WorkloadVerdict(String workload, String mode, int batchSize, String bestJava, double bestJavaFlightsPerS,
                              double bestJavaErrorFlightsPerS, String bestNative, double nativeFlightsPerS,
                              double nativeErrorFlightsPerS, double ratio, double ratioError, String winner,
                              String decision) {
}
