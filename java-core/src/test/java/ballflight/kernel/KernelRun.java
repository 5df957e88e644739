package ballflight.kernel;

import java.util.ArrayList;
import java.util.List;

/** Runs rows through a kernel in one batch and reads the outputs back. */
public final class KernelRun {
    private KernelRun() {
    }

    public static List<FlightOutput> fly(FlightKernel kernel, KernelParams params, List<FlightRow> rows) {
        return fly(kernel, params, rows, null);
    }

    /** As {@link #fly(FlightKernel, KernelParams, List)}, writing paths into {@code path} if not null. */
    public static List<FlightOutput> fly(FlightKernel kernel, KernelParams params, List<FlightRow> rows,
                                         PathBuffer path) {
        try (FlightBatch batch = FlightBatch.allocate(rows.size())) {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).write(batch, i);
            }
            batch.setSize(rows.size());
            kernel.integrate(batch, params, path);
            List<FlightOutput> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                out.add(FlightOutput.read(batch, i));
            }
            return out;
        }
    }

    public static FlightOutput fly(FlightKernel kernel, KernelParams params, FlightRow row) {
        return fly(kernel, params, List.of(row)).get(0);
    }
}
