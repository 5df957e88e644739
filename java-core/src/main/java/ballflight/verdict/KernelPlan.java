package ballflight.verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * Which kernel runs a batch of a given size: bands of batch sizes, each with its kernel
 * ({@code java}, {@code java-parallel}, {@code java-simd}, {@code java-simd-parallel} or
 * {@code native}).
 *
 * @param mode the measured mode the plan comes from
 * @param bands from the smallest batch size up; the first starts at 1
 */
public record KernelPlan(String mode, List<Band> bands) {

    /**
     * @param fromBatchSize first batch size of the band
     * @param kernel kernel name
     * @param insteadOf the kernel the verdict named, which cannot run here; null if it runs
     */
    public record Band(int fromBatchSize, String kernel, String insteadOf) {

        /** The verdict's own kernel. */
        public Band(int fromBatchSize, String kernel) {
            this(fromBatchSize, kernel, null);
        }

        /** The same kernel for the same reason, wherever each band starts. */
        boolean sameKernel(Band other) {
            return kernel.equals(other.kernel) && java.util.Objects.equals(insteadOf, other.insteadOf);
        }

        /** e.g. {@code java-parallel (instead of native)}. */
        String label() {
            return insteadOf == null ? kernel : kernel + " (instead of " + insteadOf + ")";
        }
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

    /**
     * Same mode and bands. Compared field by field rather than with the records' equals, whose
     * first call bootstraps ObjectMethods: ~10 ms of every cold {@code auto} run, which asks this.
     */
    public boolean sameAs(KernelPlan other) {
        if (!mode.equals(other.mode) || bands.size() != other.bands.size()) {
            return false;
        }
        for (int i = 0; i < bands.size(); i++) {
            Band a = bands.get(i);
            Band b = other.bands.get(i);
            if (a.fromBatchSize != b.fromBatchSize || !a.sameKernel(b)) {
                return false;
            }
        }
        return true;
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

    /** The kernels the verdict named that cannot run here, in band order, without repeats. */
    public List<String> unavailable() {
        return bands.stream().map(Band::insteadOf).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * e.g. {@code java below 256 flights, native from 256}, {@code java at every batch size}, or
     * with a fallback {@code java below 256 flights, java-parallel (instead of native) from 256}.
     */
    public String describe() {
        if (bands.size() == 1) {
            return bands.get(0).label() + " at every batch size";
        }
        List<String> parts = new ArrayList<>();
        parts.add(bands.get(0).label() + " below " + bands.get(1).fromBatchSize() + " flights");
        for (int i = 1; i < bands.size(); i++) {
            String upTo = i + 1 < bands.size() ? " to " + (bands.get(i + 1).fromBatchSize() - 1) : "";
            parts.add(bands.get(i).label() + " from " + bands.get(i).fromBatchSize() + upTo);
        }
        return String.join(", ", parts);
    }
}
