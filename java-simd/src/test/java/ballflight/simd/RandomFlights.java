package ballflight.simd;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import java.util.random.RandomGenerator;

/**
 * Seeded random flights that reach every branch of the kernel: batted balls and pitches (stop
 * plane), no spin and heavy spin, no air, calm and windy, uniform and sheared wind, fences ahead,
 * behind and absent.
 */
final class RandomFlights {
    private static final double RPM = 2 * Math.PI / 60;
    /** rho A / 2m of a baseball at sea level, 1/m. */
    private static final double DRAG_K = 0.0055;

    private RandomFlights() {
    }

    static FlightBatch batch(RandomGenerator rng, int n) {
        FlightBatch b = FlightBatch.allocate(n);
        b.setSize(n);
        for (int i = 0; i < n; i++) {
            fill(b, i, rng);
        }
        return b;
    }

    private static void fill(FlightBatch b, int i, RandomGenerator rng) {
        boolean pitch = rng.nextDouble() < 0.25;
        double speed;
        double launchDeg;
        double sprayDeg;
        if (pitch) {
            b.set(BatchColumn.X, i, rng.nextDouble(-0.8, 0.8));
            b.set(BatchColumn.Y, i, rng.nextDouble(16.0, 17.5));
            b.set(BatchColumn.Z, i, rng.nextDouble(1.5, 2.0));
            b.set(BatchColumn.PLANE_Y, i, 0.4318);
            speed = rng.nextDouble(25.0, 45.0);
            launchDeg = rng.nextDouble(-8.0, 4.0);
            sprayDeg = 180.0 + rng.nextDouble(-4.0, 4.0);
        } else {
            b.set(BatchColumn.X, i, rng.nextDouble(-0.3, 0.3));
            b.set(BatchColumn.Y, i, rng.nextDouble(-0.3, 0.6));
            b.set(BatchColumn.Z, i, rng.nextDouble() < 0.05 ? 0.0 : rng.nextDouble(0.3, 1.5));
            // A few batted balls cross a plane behind the plate (foul pops toward the backstop).
            b.set(BatchColumn.PLANE_Y, i, rng.nextDouble() < 0.1 ? -rng.nextDouble(1.0, 20.0) : BatchColumn.NO_PLANE);
            speed = rng.nextDouble(15.0, 55.0);
            launchDeg = rng.nextDouble(-30.0, 80.0);
            sprayDeg = rng.nextDouble() < 0.1 ? rng.nextDouble(100.0, 260.0) : rng.nextDouble(-50.0, 50.0);
        }
        double la = Math.toRadians(launchDeg);
        double sp = Math.toRadians(sprayDeg);
        b.set(BatchColumn.VX, i, speed * Math.cos(la) * Math.sin(sp));
        b.set(BatchColumn.VY, i, speed * Math.cos(la) * Math.cos(sp));
        b.set(BatchColumn.VZ, i, speed * Math.sin(la));
        double spinRadPerS = rng.nextDouble() < 0.1 ? 0.0 : rng.nextDouble(300.0, 3500.0) * RPM;
        double[] axis = randomUnit(rng);
        b.set(BatchColumn.SPIN_X, i, spinRadPerS * axis[0]);
        b.set(BatchColumn.SPIN_Y, i, spinRadPerS * axis[1]);
        b.set(BatchColumn.SPIN_Z, i, spinRadPerS * axis[2]);
        b.set(BatchColumn.DRAG_K, i, rng.nextDouble() < 0.05 ? 0.0 : DRAG_K * rng.nextDouble(0.85, 1.15));
        boolean windy = rng.nextDouble() < 0.6;
        b.set(BatchColumn.WIND_X, i, windy ? rng.nextDouble(-10.0, 10.0) : 0.0);
        b.set(BatchColumn.WIND_Y, i, windy ? rng.nextDouble(-10.0, 10.0) : 0.0);
        b.set(BatchColumn.SHEAR_EXPONENT, i, windy && rng.nextDouble() < 0.5 ? rng.nextDouble(0.05, 0.45) : 0.0);
        b.set(BatchColumn.SHEAR_REFERENCE_HEIGHT, i, rng.nextDouble(1.0, 30.0));
        double fence = rng.nextDouble();
        b.set(BatchColumn.FENCE_DISTANCE, i, fence < 0.5 ? rng.nextDouble(60.0, 130.0) : fence < 0.55 ? 0.1 : 0.0);
        b.set(BatchColumn.FENCE_HEIGHT, i, rng.nextDouble(0.0, 6.0));
    }

    private static double[] randomUnit(RandomGenerator rng) {
        while (true) {
            double x = rng.nextDouble(-1.0, 1.0);
            double y = rng.nextDouble(-1.0, 1.0);
            double z = rng.nextDouble(-1.0, 1.0);
            double n = Math.sqrt(x * x + y * y + z * z);
            if (n > 0.1 && n <= 1.0) {
                return new double[] {x / n, y / n, z / n};
            }
        }
    }

    /** A copy of the input columns of {@code from} (outputs left at 0). */
    static FlightBatch copyInputs(FlightBatch from) {
        FlightBatch b = FlightBatch.allocate(from.capacity());
        b.setSize(from.size());
        for (int c = 0; c < BatchColumn.INPUT_COUNT; c++) {
            for (int i = 0; i < from.size(); i++) {
                b.set(c, i, from.get(c, i));
            }
        }
        return b;
    }
}
