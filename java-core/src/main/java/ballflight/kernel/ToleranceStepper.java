package ballflight.kernel;

import ballflight.model.EndReason;

/**
 * Tolerance stepping: the Dormand-Prince 5(4) embedded pair with a step-size controller, so each
 * flight takes the steps its error budget needs (many where the flight is hard, e.g. near the
 * ground in a sheared wind or where the lift direction turns fast, few elsewhere) instead of a
 * fixed step sized for the hardest flight of all.
 *
 * <p>State: position, velocity and the spin factor (spin / initial spin, which decays at
 * {@link KernelParams#spinDecayPerS()}), integrated together so a step of any length needs no
 * transcendental. The step is accepted when the embedded error estimate is within the local budget
 * ({@link #LOCAL_FRACTION} of the tolerance for positions, the same per second for velocities);
 * the next step is {@code h * clamp(SAFETY * err^(-1/5))}, the power taken by
 * {@link DeterministicMath#pow} so another kernel can repeat the bits. Events (plane, ground, apex)
 * are located inside the accepted step by {@link StepEnd} exactly as in the fixed-step kernel; the
 * fence height from the Hermite cubic of the horizontal distance. Path samples fall at multiples of
 * the path interval, interpolated on the same cubic.
 */
final class ToleranceStepper {
    /** Local error budget per step as a fraction of the tolerance (set from docs/ACCURACY.md). */
    static final double LOCAL_FRACTION = 0.0015;
    /** Velocity errors are weighed as the position error they cause over this time, s. */
    static final double VELOCITY_TIME_S = 1.0;
    static final double SAFETY = 0.9;
    static final double MAX_GROWTH = 5.0;
    static final double MIN_SHRINK = 0.2;
    /** Longest step, s: keeps the in-step event cubic accurate. */
    static final double MAX_STEP_S = 0.5;
    /** Shortest step, s: accepted whatever its error, so every flight ends. */
    static final double MIN_STEP_S = 1e-6;

    // Dormand-Prince 5(4) tableau (nodes c2..c6; c7 = 1), fifth-order weights b (= row 7) and the
    // error weights e = b - b* of the embedded fourth-order solution.
    private static final double A21 = 1.0 / 5.0;
    private static final double A31 = 3.0 / 40.0;
    private static final double A32 = 9.0 / 40.0;
    private static final double A41 = 44.0 / 45.0;
    private static final double A42 = -56.0 / 15.0;
    private static final double A43 = 32.0 / 9.0;
    private static final double A51 = 19372.0 / 6561.0;
    private static final double A52 = -25360.0 / 2187.0;
    private static final double A53 = 64448.0 / 6561.0;
    private static final double A54 = -212.0 / 729.0;
    private static final double A61 = 9017.0 / 3168.0;
    private static final double A62 = -355.0 / 33.0;
    private static final double A63 = 46732.0 / 5247.0;
    private static final double A64 = 49.0 / 176.0;
    private static final double A65 = -5103.0 / 18656.0;
    private static final double B1 = 35.0 / 384.0;
    private static final double B3 = 500.0 / 1113.0;
    private static final double B4 = 125.0 / 192.0;
    private static final double B5 = -2187.0 / 6784.0;
    private static final double B6 = 11.0 / 84.0;
    private static final double E1 = 71.0 / 57600.0;
    private static final double E3 = -71.0 / 16695.0;
    private static final double E4 = 71.0 / 1920.0;
    private static final double E5 = -17253.0 / 339200.0;
    private static final double E6 = 22.0 / 525.0;
    private static final double E7 = -1.0 / 40.0;

    private final FlightForces forces;
    private final StepEnd end = new StepEnd();
    private double firstStep;
    private double maxTime;
    private long maxAttempts;
    private double decayRate;
    private double posBudget;
    private double velBudget;
    private double pathInterval;

    // Stage derivatives: velocity (k*x..k*z) is the stage state's own velocity, acceleration in a*.
    private final double[] kx = new double[7];
    private final double[] ky = new double[7];
    private final double[] kz = new double[7];
    private final double[] kvx = new double[7];
    private final double[] kvy = new double[7];
    private final double[] kvz = new double[7];
    private final double[] ks = new double[7];

    /** Steps accepted and rejected since the counters were last read (for step statistics). */
    private long accepted;
    private long rejected;

    ToleranceStepper(FlightForces forces) {
        this.forces = forces;
    }

    void configure(KernelParams p) {
        firstStep = Math.min(p.dtSeconds(), MAX_STEP_S);
        maxTime = p.maxSteps() * p.dtSeconds();
        maxAttempts = p.maxSteps();
        decayRate = p.spinDecayPerS();
        posBudget = p.toleranceM() * LOCAL_FRACTION;
        velBudget = posBudget / VELOCITY_TIME_S;
        pathInterval = p.dtSeconds();
    }

    long acceptedSteps() {
        return accepted;
    }

    long rejectedSteps() {
        return rejected;
    }

    /** Stage {@code j}'s derivative at the given state, stored in slot {@code j}. */
    private void stage(int j, double z, double vx, double vy, double vz, double s) {
        forces.accel(z, vx, vy, vz, forces.dragCd(s), forces.liftNum(s), forces.liftOffset(s), forces.spinPos(s));
        kx[j] = vx;
        ky[j] = vy;
        kz[j] = vz;
        kvx[j] = forces.ax;
        kvy[j] = forces.ay;
        kvz[j] = forces.az;
        ks[j] = -decayRate * s;
    }

    void fly(FlightBatch b, int i, PathBuffer path) {
        forces.load(b, i);
        double x = b.get(BatchColumn.X, i);
        double y = b.get(BatchColumn.Y, i);
        double z = b.get(BatchColumn.Z, i);
        double vx = b.get(BatchColumn.VX, i);
        double vy = b.get(BatchColumn.VY, i);
        double vz = b.get(BatchColumn.VZ, i);
        double spin = 1.0;
        double fenceDistance = b.get(BatchColumn.FENCE_DISTANCE, i);
        double planeY = b.get(BatchColumn.PLANE_Y, i);

        double apexZ = z;
        double apexT = 0.0;
        double fenceZ = Double.NaN;
        double r = Math.sqrt(x * x + y * y);
        boolean fenceOpen = fenceDistance > 0.0 && r < fenceDistance;
        int samples = 0;
        int pathCapacity = path == null ? 0 : path.samplesPerFlight();
        double sampleEvery = path == null ? 0.0 : path.strideSteps() * pathInterval;
        if (pathCapacity > 0) {
            JavaFlightKernel.FlightIntegrator.writeSample(path, i, samples++, 0.0, x, y, z);
        }

        double t = 0.0;
        double h = firstStep;
        stage(0, z, vx, vy, vz, spin);
        long attempts = 0;
        while (true) {
            if (attempts == maxAttempts) {
                // A flight the controller cannot get through in as many steps as the fixed-step kernel
                // would take (forces overflowing on hostile constants) ends here, never hangs.
                finish(b, i, path, samples, apexZ, apexT, fenceZ, EndReason.TIMEOUT, t, x, y, z, vx, vy, vz);
                return;
            }
            attempts++;
            boolean last = false;
            if (t + h >= maxTime) {
                h = maxTime - t;
                last = true;
            }
            stage(1, z + h * (A21 * kz[0]), vx + h * (A21 * kvx[0]), vy + h * (A21 * kvy[0]),
                    vz + h * (A21 * kvz[0]), spin + h * (A21 * ks[0]));
            stage(2, z + h * (A31 * kz[0] + A32 * kz[1]), vx + h * (A31 * kvx[0] + A32 * kvx[1]),
                    vy + h * (A31 * kvy[0] + A32 * kvy[1]), vz + h * (A31 * kvz[0] + A32 * kvz[1]),
                    spin + h * (A31 * ks[0] + A32 * ks[1]));
            stage(3, z + h * (A41 * kz[0] + A42 * kz[1] + A43 * kz[2]),
                    vx + h * (A41 * kvx[0] + A42 * kvx[1] + A43 * kvx[2]),
                    vy + h * (A41 * kvy[0] + A42 * kvy[1] + A43 * kvy[2]),
                    vz + h * (A41 * kvz[0] + A42 * kvz[1] + A43 * kvz[2]),
                    spin + h * (A41 * ks[0] + A42 * ks[1] + A43 * ks[2]));
            stage(4, z + h * (A51 * kz[0] + A52 * kz[1] + A53 * kz[2] + A54 * kz[3]),
                    vx + h * (A51 * kvx[0] + A52 * kvx[1] + A53 * kvx[2] + A54 * kvx[3]),
                    vy + h * (A51 * kvy[0] + A52 * kvy[1] + A53 * kvy[2] + A54 * kvy[3]),
                    vz + h * (A51 * kvz[0] + A52 * kvz[1] + A53 * kvz[2] + A54 * kvz[3]),
                    spin + h * (A51 * ks[0] + A52 * ks[1] + A53 * ks[2] + A54 * ks[3]));
            stage(5, z + h * (A61 * kz[0] + A62 * kz[1] + A63 * kz[2] + A64 * kz[3] + A65 * kz[4]),
                    vx + h * (A61 * kvx[0] + A62 * kvx[1] + A63 * kvx[2] + A64 * kvx[3] + A65 * kvx[4]),
                    vy + h * (A61 * kvy[0] + A62 * kvy[1] + A63 * kvy[2] + A64 * kvy[3] + A65 * kvy[4]),
                    vz + h * (A61 * kvz[0] + A62 * kvz[1] + A63 * kvz[2] + A64 * kvz[3] + A65 * kvz[4]),
                    spin + h * (A61 * ks[0] + A62 * ks[1] + A63 * ks[2] + A64 * ks[3] + A65 * ks[4]));
            double nx = x + h * fifth(kx);
            double ny = y + h * fifth(ky);
            double nz = z + h * fifth(kz);
            double nvx = vx + h * fifth(kvx);
            double nvy = vy + h * fifth(kvy);
            double nvz = vz + h * fifth(kvz);
            double nspin = spin + h * fifth(ks);
            stage(6, nz, nvx, nvy, nvz, nspin);

            double errPos = Math.max(Math.max(Math.abs(h * error(kx)), Math.abs(h * error(ky))),
                    Math.abs(h * error(kz))) / posBudget;
            double errVel = Math.max(Math.max(Math.abs(h * error(kvx)), Math.abs(h * error(kvy))),
                    Math.abs(h * error(kvz))) / velBudget;
            double err = Math.max(errPos, errVel);
            if (!(err <= 1.0) && h > MIN_STEP_S) {
                rejected++;
                double shrink = err < Double.POSITIVE_INFINITY ? SAFETY * DeterministicMath.pow(err, -0.2) : MIN_SHRINK;
                h = h * Math.max(MIN_SHRINK, shrink);
                if (h < MIN_STEP_S) {
                    h = MIN_STEP_S;
                }
                continue;
            }
            accepted++;

            end.configure(h);
            double endFraction = end.find(planeY, y, ny, vy, nvy, z, nz, vz, nvz);
            if (end.apex(t, z, nz, vz, nvz)) {
                apexT = end.apexT();
                apexZ = end.apexZ();
            }
            if (fenceOpen) {
                double nr = Math.sqrt(nx * nx + ny * ny);
                if (nr >= fenceDistance) {
                    // dr/dt = (x vx + y vy) / r, so the cubic through r has h-scaled slopes from both ends.
                    // (At r = 0, the start over home plate, dr/dt is the horizontal speed.)
                    double m0 = r > 0.0 ? h * ((x * vx + y * vy) / r) : h * Math.sqrt(vx * vx + vy * vy);
                    double s = StepInterpolation.crossing(r, nr, m0, h * ((nx * nvx + ny * nvy) / nr), fenceDistance);
                    if (s <= endFraction) {
                        fenceZ = StepInterpolation.hermite(z, nz, h * vz, h * nvz, s);
                    }
                    fenceOpen = false;
                }
                r = nr;
            }
            double stopFraction = endFraction <= 1.0 ? endFraction : 1.0;
            while (samples + 1 < pathCapacity && samples * sampleEvery < t + stopFraction * h) {
                double sampleT = samples * sampleEvery;
                double s = (sampleT - t) / h;
                JavaFlightKernel.FlightIntegrator.writeSample(path, i, samples++, sampleT,
                        StepInterpolation.hermite(x, nx, h * vx, h * nvx, s),
                        StepInterpolation.hermite(y, ny, h * vy, h * nvy, s),
                        StepInterpolation.hermite(z, nz, h * vz, h * nvz, s));
            }
            if (endFraction <= 1.0) {
                end.interpolate(t, x, nx, vx, nvx, y, ny, vy, nvy, z, nz, vz, nvz);
                // Velocity on the cubic through the accelerations at both ends (slots 0 and 6): a step
                // here is long, and a straight line between the end velocities would cost the landing
                // speed and angle their accuracy.
                double s = endFraction;
                finish(b, i, path, samples, apexZ, apexT, fenceZ, end.reason(), end.endT(), end.endX(), end.endY(),
                        end.endZ(), StepInterpolation.hermite(vx, nvx, h * kvx[0], h * kvx[6], s),
                        StepInterpolation.hermite(vy, nvy, h * kvy[0], h * kvy[6], s),
                        StepInterpolation.hermite(vz, nvz, h * kvz[0], h * kvz[6], s));
                return;
            }
            if (last) {
                finish(b, i, path, samples, apexZ, apexT, fenceZ, EndReason.TIMEOUT, maxTime, nx, ny, nz, nvx, nvy, nvz);
                return;
            }
            x = nx;
            y = ny;
            z = nz;
            vx = nvx;
            vy = nvy;
            vz = nvz;
            spin = nspin;
            t = t + h;
            shiftFirstStage();
            double grow = err > 0.0 ? SAFETY * DeterministicMath.pow(err, -0.2) : MAX_GROWTH;
            h = Math.min(MAX_STEP_S, h * Math.min(MAX_GROWTH, grow));
        }
    }

    /** The end point into the path (if there is room) and the outputs, with the rising-apex rule. */
    private static void finish(FlightBatch b, int i, PathBuffer path, int samples, double apexZ, double apexT,
                               double fenceZ, EndReason reason, double endT, double endX, double endY, double endZ,
                               double endVx, double endVy, double endVz) {
        int written = samples;
        if (path != null && written < path.samplesPerFlight()) {
            JavaFlightKernel.FlightIntegrator.writeSample(path, i, written++, endT, endX, endY, endZ);
        }
        boolean rising = endZ > apexZ;
        b.setOutputs(i, endT, endX, endY, endZ, endVx, endVy, endVz, rising ? endZ : apexZ, rising ? endT : apexT,
                fenceZ, reason, written);
    }

    /** First same as last: the end derivative of an accepted step starts the next one. */
    private void shiftFirstStage() {
        kx[0] = kx[6];
        ky[0] = ky[6];
        kz[0] = kz[6];
        kvx[0] = kvx[6];
        kvy[0] = kvy[6];
        kvz[0] = kvz[6];
        ks[0] = ks[6];
    }

    private static double fifth(double[] k) {
        return B1 * k[0] + B3 * k[2] + B4 * k[3] + B5 * k[4] + B6 * k[5];
    }

    private static double error(double[] k) {
        return E1 * k[0] + E3 * k[2] + E4 * k[3] + E5 * k[4] + E6 * k[5] + E7 * k[6];
    }
}
