package ballflight.kernel;

import ballflight.model.EndReason;

/**
 * The pure-Java RK4 kernel: the reference and the fallback. Flights are integrated one after
 * another with the state in locals and fields of one {@link FlightIntegrator} per call, so the
 * step loop allocates nothing.
 *
 * <p>The native kernel repeats every arithmetic operation here in the same order; change one,
 * change both (the parity tests compare raw bits).
 */
public final class JavaFlightKernel implements FlightKernel {

    /** One integrator per thread, reused, so a kernel call allocates nothing. */
    private static final ThreadLocal<FlightIntegrator> INTEGRATORS = ThreadLocal.withInitial(FlightIntegrator::new);

    /**
     * Steps tolerance stepping has accepted and rejected on the calling thread since it started (a
     * diagnostic for step statistics: docs/ACCURACY.md and the bench report steps per flight).
     */
    public static long[] toleranceStepCounts() {
        ToleranceStepper t = INTEGRATORS.get().tolerance;
        return new long[] {t.acceptedSteps(), t.rejectedSteps()};
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String describe() {
        return "java (pure Java RK4, single thread per call)";
    }

    @Override
    public void integrate(FlightBatch batch, KernelParams params, PathBuffer path) {
        BatchValidator.check(batch, params, path);
        FlightIntegrator integrator = INTEGRATORS.get();
        integrator.configure(params);
        for (int i = 0; i < batch.size(); i++) {
            integrator.fly(batch, i, path);
        }
    }

    /** Per-call integrator: the model's constants live in {@link FlightForces}, the state in locals. */
    static final class FlightIntegrator {
        private double dt;
        private long maxSteps;
        private double decayHalf;
        private double decayFull;
        private final FlightForces forces = new FlightForces();
        /** End-of-step checks (plane, ground, apex, end point), shared with java-simd. */
        private final StepEnd end = new StepEnd();
        /** Tolerance stepping, for calls that ask for it. */
        private final ToleranceStepper tolerance = new ToleranceStepper(forces);
        private boolean toleranceStepping;

        /** Loads the batch-wide constants; called once per kernel call. */
        void configure(KernelParams p) {
            dt = p.dtSeconds();
            maxSteps = p.maxSteps();
            decayHalf = p.decayHalfStep();
            decayFull = p.decayFullStep();
            forces.configure(p);
            end.configure(dt);
            toleranceStepping = p.toleranceStepping();
            if (toleranceStepping) {
                tolerance.configure(p);
            }
        }

        void fly(FlightBatch b, int i, PathBuffer path) {
            if (toleranceStepping) {
                tolerance.fly(b, i, path);
                return;
            }
            forces.load(b, i);
            double x = b.get(BatchColumn.X, i);
            double y = b.get(BatchColumn.Y, i);
            double z = b.get(BatchColumn.Z, i);
            double vx = b.get(BatchColumn.VX, i);
            double vy = b.get(BatchColumn.VY, i);
            double vz = b.get(BatchColumn.VZ, i);
            double fenceDistance = b.get(BatchColumn.FENCE_DISTANCE, i);
            double planeY = b.get(BatchColumn.PLANE_Y, i);

            double h = dt;
            double half = 0.5 * h;
            double sixth = h / 6.0;
            double spin = 1.0;
            double apexZ = z;
            double apexT = 0.0;
            double fenceZ = Double.NaN;
            double r = Math.sqrt(x * x + y * y);
            boolean fenceOpen = fenceDistance > 0.0 && r < fenceDistance;
            int samples = 0;
            int pathCapacity = path == null ? 0 : path.samplesPerFlight();
            int stride = path == null ? 1 : path.strideSteps();
            if (pathCapacity > 0) {
                writeSample(path, i, samples++, 0.0, x, y, z);
            }

            long step = 0;
            double t = 0.0;
            EndReason reason;
            double endT;
            double endX;
            double endY;
            double endZ;
            double endVx;
            double endVy;
            double endVz;
            double dragCd1 = forces.dragCd(spin);
            double liftNum1 = forces.liftNum(spin);
            double liftOffset1 = forces.liftOffset(spin);
            double spinPos1 = forces.spinPos(spin);
            while (true) {
                forces.accel(z, vx, vy, vz, dragCd1, liftNum1, liftOffset1, spinPos1);
                double ax1 = forces.ax;
                double ay1 = forces.ay;
                double az1 = forces.az;
                double spinHalf = spin * decayHalf;
                double dragCdHalf = forces.dragCd(spinHalf);
                double liftNumHalf = forces.liftNum(spinHalf);
                double liftOffsetHalf = forces.liftOffset(spinHalf);
                double spinPosHalf = forces.spinPos(spinHalf);
                double spinFull = spin * decayFull;
                double dragCdFull = forces.dragCd(spinFull);
                double liftNumFull = forces.liftNum(spinFull);
                double liftOffsetFull = forces.liftOffset(spinFull);
                double spinPosFull = forces.spinPos(spinFull);

                double z2 = z + half * vz;
                double vx2 = vx + half * ax1;
                double vy2 = vy + half * ay1;
                double vz2 = vz + half * az1;
                forces.accel(z2, vx2, vy2, vz2, dragCdHalf, liftNumHalf, liftOffsetHalf, spinPosHalf);
                double ax2 = forces.ax;
                double ay2 = forces.ay;
                double az2 = forces.az;

                double z3 = z + half * vz2;
                double vx3 = vx + half * ax2;
                double vy3 = vy + half * ay2;
                double vz3 = vz + half * az2;
                forces.accel(z3, vx3, vy3, vz3, dragCdHalf, liftNumHalf, liftOffsetHalf, spinPosHalf);
                double ax3 = forces.ax;
                double ay3 = forces.ay;
                double az3 = forces.az;

                double z4 = z + h * vz3;
                double vx4 = vx + h * ax3;
                double vy4 = vy + h * ay3;
                double vz4 = vz + h * az3;
                forces.accel(z4, vx4, vy4, vz4, dragCdFull, liftNumFull, liftOffsetFull, spinPosFull);

                double nx = x + sixth * (vx + 2.0 * vx2 + 2.0 * vx3 + vx4);
                double ny = y + sixth * (vy + 2.0 * vy2 + 2.0 * vy3 + vy4);
                double nz = z + sixth * (vz + 2.0 * vz2 + 2.0 * vz3 + vz4);
                double nvx = vx + sixth * (ax1 + 2.0 * ax2 + 2.0 * ax3 + forces.ax);
                double nvy = vy + sixth * (ay1 + 2.0 * ay2 + 2.0 * ay3 + forces.ay);
                double nvz = vz + sixth * (az1 + 2.0 * az2 + 2.0 * az3 + forces.az);
                step++;
                double nt = step * h;

                double endFraction = end.find(planeY, y, ny, vy, nvy, z, nz, vz, nvz);
                reason = end.reason();
                if (end.apex(t, z, nz, vz, nvz)) {
                    apexT = end.apexT();
                    apexZ = end.apexZ();
                }
                if (fenceOpen) {
                    double nr = Math.sqrt(nx * nx + ny * ny);
                    if (nr >= fenceDistance) {
                        double s = (fenceDistance - r) / (nr - r);
                        if (s <= endFraction) {
                            fenceZ = StepInterpolation.hermite(z, nz, h * vz, h * nvz, s);
                        }
                        fenceOpen = false;
                    }
                    r = nr;
                }
                if (endFraction <= 1.0) {
                    end.interpolate(t, x, nx, vx, nvx, y, ny, vy, nvy, z, nz, vz, nvz);
                    endT = end.endT();
                    endX = end.endX();
                    endY = end.endY();
                    endZ = end.endZ();
                    endVx = end.endVx();
                    endVy = end.endVy();
                    endVz = end.endVz();
                    break;
                }

                x = nx;
                y = ny;
                z = nz;
                vx = nvx;
                vy = nvy;
                vz = nvz;
                t = nt;
                spin = spinFull;
                dragCd1 = dragCdFull;
                liftNum1 = liftNumFull;
                liftOffset1 = liftOffsetFull;
                spinPos1 = spinPosFull;
                // The last slot is kept for the end point; the time-limit step is the end point itself.
                if (samples + 1 < pathCapacity && step % stride == 0 && step < maxSteps) {
                    writeSample(path, i, samples++, t, x, y, z);
                }
                if (step >= maxSteps) {
                    endT = t;
                    endX = x;
                    endY = y;
                    endZ = z;
                    endVx = vx;
                    endVy = vy;
                    endVz = vz;
                    break;
                }
            }
            if (samples < pathCapacity) {
                writeSample(path, i, samples++, endT, endX, endY, endZ);
            }
            if (endZ > apexZ) {
                // Still rising at the stop plane or time limit: the highest point is the end.
                apexZ = endZ;
                apexT = endT;
            }

            b.setOutputs(i, endT, endX, endY, endZ, endVx, endVy, endVz, apexZ, apexT, fenceZ, reason, samples);
        }

        static void writeSample(PathBuffer path, int i, int sample, double t, double x, double y,
                                        double z) {
            path.set(i, sample, 0, t);
            path.set(i, sample, 1, x);
            path.set(i, sample, 2, y);
            path.set(i, sample, 3, z);
        }
    }
}
