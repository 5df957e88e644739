package ballflight.reference;

import ballflight.kernel.FlightOutput;
import ballflight.kernel.FlightRow;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.KernelRun;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StepSurveyTest {
    @Test
    void survey() {
        int n = Integer.getInteger("survey.n", 400);
        AeroParameters aero = AeroParameters.NATHAN;
        List<FlightRequest> reqs = EnvelopeCases.cases(7L, n);
        ReferenceModel model = ReferenceModel.of(aero);
        List<FlightRow> rows = new ArrayList<>();
        List<FlightOutput> ref = new ArrayList<>();
        long t0 = System.nanoTime();
        for (FlightRequest r : reqs) {
            FlightRow row = FlightRow.of(r, aero);
            rows.add(row);
            ref.add(ReferenceFlight.fly(row, model, KernelParams.DEFAULT_MAX_TIME_SECONDS));
        }
        System.out.printf("reference %d cases in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        double[] dts = {0.001, 0.01, 0.1};
        for (double dt : dts) {
            long t1 = System.nanoTime();
            List<FlightOutput> out = KernelRun.fly(new JavaFlightKernel(), KernelParams.of(aero, 0.01).withToleranceFt(dt), rows);
            System.out.printf("tol %s: %.1f ms%n", dt, (System.nanoTime() - t1) / 1e6);
            OutputErrors bat = OutputErrors.ZERO;
            OutputErrors pit = OutputErrors.ZERO;
            OutputErrors shear = OutputErrors.ZERO;
            for (int i = 0; i < n; i++) {
                OutputErrors e = OutputErrors.of(out.get(i), ref.get(i));
                if (EnvelopeCases.isPitch(i)) {
                    pit = pit.max(e);
                } else if (rows.get(i).shearExponent() > 0) {
                    shear = shear.max(e);
                } else {
                    bat = bat.max(e);
                }
            }
            System.out.printf(Locale.ROOT, "dt %.3f batted %.2e shear %.2e pitch %.2e | %s%n", dt,
                    bat.worstFt(), shear.worstFt(), pit.worstFt(), bat);
        }
    }
}
