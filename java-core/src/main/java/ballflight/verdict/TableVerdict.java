package ballflight.verdict;

/**
 * Whether a drag model's table form pays on one backend: single-flight latency of the exact form
 * against the table form (JMH), and what the table costs in accuracy.
 *
 * @param model drag model ({@code nathan}, {@code crisis})
 * @param backend {@code java} or {@code native}
 * @param exactMicros one ACCURATE reference batted ball with the exact coefficients, µs
 * @param tableMicros the same with the table ({@code 0} when the model has no table form)
 * @param ratio {@code exactMicros / tableMicros}: above 1 the table is faster ({@code 0}: no table)
 * @param ratioError JMH error of the ratio (relative errors added in quadrature)
 * @param meanCoefficientErrorPercent mean relative {@code Cd} error of the table, percent
 * @param maxCoefficientErrorPercent largest relative {@code Cd} error, percent
 * @param maxDistanceErrorFt largest carry difference table vs exact over the bench's batted balls, ft
 * @param pays true only if the table is faster by more than the measurement error
 * @param reason one line on the decision
 */
public record TableVerdict(String model, String backend, double exactMicros, double tableMicros, double ratio,
                           double ratioError, double meanCoefficientErrorPercent, double maxCoefficientErrorPercent,
                           double maxDistanceErrorFt, boolean pays, String reason) {
}
