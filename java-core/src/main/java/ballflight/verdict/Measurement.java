package ballflight.verdict;

/**
 * One measured throughput: a contender on a workload.
 *
 * @param workload {@link Workload} name
 * @param mode simulation mode name ({@code ACCURATE}, ...)
 * @param batchSize flights per kernel call
 * @param contender {@code java}, {@code java-parallel}, {@code native-1}, {@code native-all}, {@code native}
 * @param flightsPerS mean throughput
 * @param errorFlightsPerS half-width of its confidence interval (JMH: 99.9 %)
 */
public record Measurement(String workload, String mode, int batchSize, String contender, double flightsPerS,
                          double errorFlightsPerS) {

    /** True for the Rust kernel's contenders. */
    public boolean isNative() {
        return Contenders.isNative(contender);
    }
}
