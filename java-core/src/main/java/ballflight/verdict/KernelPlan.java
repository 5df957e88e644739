package ballflight.verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * Which kernel runs a batch of a given size: bands of batch sizes, each with its kernel
 * ({@code java}, {@code java-parallel} or {@code native}).
 *
 * @param mode the measured mode the plan comes from
 * @param bands from the smallest batch size up; the first starts at 1
 */
public record KernelPlan(String mode, List<Band> bands) {

    /**
     * @param fromBatchSize first batch size of the band
     * @param kernel kernel name
     */
    public record Band(int fromBatchSize, String kernel) {
    }

    public KernelPlan {
        if (bands.isEmpty() || bands.get(0).fromBatchSize() != 1) {
            throw new IllegalArgumentException("a plan needs bands starting at batch size 1, got " + bands);
        }
        bands = List.copyOf(bands);
    }

    /** A plan with one kernel for every batch size. */
    public static KernelPlan always(String mode, String kernel) {
        return new KernelPlan(mode, List.of(new Band(1, kernel)));
    }

    public String kernelFor(int batchSize) {
        String k = bands.get(0).kernel();
        for (Band b : bands) {
            if (batchSize >= b.fromBatchSize()) {
                k = b.kernel();
            }
        }
        return k;
    }

    /** e.g. {@code java below 256 flights, native from 256}, or {@code java at every batch size}. */
    public String describe() {
        if (bands.size() == 1) {
            return bands.get(0).kernel() + " at every batch size";
        }
        List<String> parts = new ArrayList<>();
        parts.add(bands.get(0).kernel() + " below " + bands.get(1).fromBatchSize() + " flights");
        for (int i = 1; i < bands.size(); i++) {
            String upTo = i + 1 < bands.size() ? " to " + (bands.get(i + 1).fromBatchSize() - 1) : "";
            parts.add(bands.get(i).kernel() + " from " + bands.get(i).fromBatchSize() + upTo);
        }
        return String.join(", ", parts);
    }
}
