package ballflight.reference;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.CoefficientTable;
import ballflight.kernel.FlightOutput;
import ballflight.kernel.FlightRow;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.KernelRun;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Table form vs exact form of the crisis model: the coefficient at 10,000 random (speed, spin)
 * points against the law written with {@link Math#exp} (independent of the kernel's exp2), and the
 * carry of the accuracy grid's batted balls ({@link AccuracyTest#cases()}) in every mode. Prints the
 * table quoted in docs/PHYSICS.md; regenerate with
 * {@code mvn -B -ntp -pl java-core verify -Dtest=CrisisTableAccuracyTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CrisisTableAccuracyTest {
    private static final int POINTS = 10_000;

    /** Cd of the crisis law, straight from docs/PHYSICS.md. */
    private static double lawCd(AeroParameters a, double v, double omega) {
        double cdSpin = a.cdSpin() / Units.rpmToRadPerS(1000.0);
        return a.cd0() + cdSpin * omega + a.crisisCdDelta() / (1.0 + Math.exp((v - a.crisisSpeedMps()) / a.crisisWidthMps()));
    }

    @Test
    void coefficientErrorIsWithinBudget() {
        AeroParameters aero = AeroParameters.CRISIS;
        CoefficientTable table = CoefficientTable.crisis(aero);
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(4242);
        double sum = 0;
        double max = 0;
        for (int n = 0; n < POINTS; n++) {
            double v = rnd.nextDouble(0, 70);
            double omega = rnd.nextDouble(0, 700);
            double exact = lawCd(aero, v, omega);
            double err = Math.abs(table.cd(v, omega) - exact) / exact;
            sum += err;
            max = Math.max(max, err);
        }
        double meanPct = 100 * sum / POINTS;
        double maxPct = 100 * max;
        System.out.printf(Locale.ROOT, "crisis table Cd error over %d points: mean %.4f %%, max %.4f %%%n", POINTS,
                meanPct, maxPct);
        assertThat(meanPct).as("mean Cd error, %").isLessThan(0.5);
        assertThat(maxPct).as("max Cd error, %").isLessThan(2.0);
        // A table of a different law would fail the bounds above; check the table is not exact either.
        assertThat(maxPct).isGreaterThan(0.0);
    }

    @Test
    void distanceErrorOverTheAccuracyGrid() {
        List<FlightRow> exactRows = new ArrayList<>();
        List<FlightRow> tableRows = new ArrayList<>();
        for (FlightRequest r : AccuracyTest.cases()) {
            exactRows.add(FlightRow.of(r, AeroParameters.CRISIS));
            tableRows.add(FlightRow.of(r, AeroParameters.CRISIS_TABLE));
        }
        JavaFlightKernel kernel = new JavaFlightKernel();
        StringBuilder md = new StringBuilder("| mode | max distance error, ft | mean, ft | max hang time error, s |\n"
                + "|---|---:|---:|---:|\n");
        for (SimulationMode mode : SimulationMode.values()) {
            List<FlightOutput> exact = KernelRun.fly(kernel, KernelParams.of(AeroParameters.CRISIS, mode.dtSeconds()),
                    exactRows);
            List<FlightOutput> tabled = KernelRun.fly(kernel,
                    KernelParams.of(AeroParameters.CRISIS_TABLE, mode.dtSeconds()), tableRows);
            double max = 0;
            double sum = 0;
            double maxHang = 0;
            for (int i = 0; i < exact.size(); i++) {
                double d = Units.metresToFeet(Math.abs(exact.get(i).distance() - tabled.get(i).distance()));
                max = Math.max(max, d);
                sum += d;
                maxHang = Math.max(maxHang, Math.abs(exact.get(i).tEnd() - tabled.get(i).tEnd()));
            }
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.4f | %.4f |%n", mode, max, sum / exact.size(), maxHang));
            assertThat(max).as(mode + ": table vs exact carry, ft").isLessThan(1.0);
        }
        System.out.print(md);
    }
}
