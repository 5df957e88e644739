package ballflight.kernel;

import ballflight.model.AeroParameters;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Relative error of the crisis {@link CoefficientTable} against the exact law at seeded random
 * points of the grid's range (speed 0..70 m/s, spin 0..700 rad/s): what the verdict reports next
 * to the table's speed.
 *
 * @param points points sampled
 * @param meanPercent mean of {@code |table - exact| / exact}, percent
 * @param maxPercent largest of them, percent
 */
public record TableAccuracy(int points, double meanPercent, double maxPercent) {
    public static final long SEED = 20261201L;

    /** The table of {@code aero}'s crisis constants at {@code points} random (speed, spin) points. */
    public static TableAccuracy measure(AeroParameters aero, int points, long seed) {
        CoefficientTable table = CoefficientTable.crisis(aero);
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        double sum = 0.0;
        double max = 0.0;
        for (int n = 0; n < points; n++) {
            double v = rnd.nextDouble(0.0, CoefficientTable.SPEED_MAX_MPS);
            double omega = rnd.nextDouble(0.0, CoefficientTable.SPIN_MAX_RAD_PER_S);
            double exact = CoefficientTable.exactCd(aero, v, omega);
            double err = Math.abs(table.cd(v, omega) - exact) / exact;
            sum += err;
            max = Math.max(max, err);
        }
        return new TableAccuracy(points, 100.0 * sum / points, 100.0 * max);
    }
}
