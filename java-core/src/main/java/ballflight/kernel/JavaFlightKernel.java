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

    /** Per-call integrator: per-flight constants and the current acceleration live in fields. */
    static final class FlightIntegrator {
        private double dt;
        private long maxSteps;
        private double gravity;
        private double radius;
        private double cd0;
        private double cdSpin;
        private double cl0;
        private double cl1;
        private double cl2;
        private double decayHalf;
        private double decayFull;
        private double shearMinHeight;
        private boolean crisis;
        private double crisisCdDelta;
        private double crisisSpeed;
        private double crisisExpScale;
        private CoefficientTable table;
        /** End-of-step checks (plane, ground, apex, end point), shared with java-simd. */
        private final StepEnd end = new StepEnd();

        // Per-flight constants.
        private double dragK;
        private double windX;
        private double windY;
        private double shearExponent;
        private double shearReference;
        private double axisX;
        private double axisY;
        private double axisZ;
        private double omega0;

        // Output of accel().
        private double ax;
        private double ay;
        private double az;

        /** Loads the batch-wide constants; called once per kernel call. */
        void configure(KernelParams p) {
            dt = p.dtSeconds();
            maxSteps = p.maxSteps();
            gravity = p.gravity();
            radius = p.radius();
            cd0 = p.cd0();
            cdSpin = p.cdSpinPerRadPerS();
            cl0 = p.cl0();
            cl1 = p.cl1();
            cl2 = p.cl2();
            decayHalf = p.decayHalfStep();
            decayFull = p.decayFullStep();
            shearMinHeight = p.shearMinHeight();
            crisis = p.dragModel() == ballflight.model.DragModel.CRISIS.id();
            crisisCdDelta = p.crisisCdDelta();
            crisisSpeed = p.crisisSpeed();
            crisisExpScale = p.crisisExpScale();
            table = p.table();
            end.configure(dt);
        }

        // Per-stage constants of a spin factor s (spin = omega0 * s), evaluated once per distinct
        // spin factor so they stay off the step's dependency chain.

        /** Drag factor {@code k Cd}. */
        private double dragCd(double s) {
            return dragK * (cd0 + cdSpin * (omega0 * s));
        }

        /** Lift numerator {@code k cl2 r omega}; 0 without spin (no lift). */
        private double liftNum(double s) {
            double omega = omega0 * s;
            return omega > 0.0 ? dragK * cl2 * (radius * omega) : 0.0;
        }

        /** Grid spin coordinate of the drag table; 0 without a table. */
        private double spinPos(double s) {
            return table == null ? 0.0 : table.spinPosition(omega0 * s);
        }

        /** Lift denominator offset {@code cl1 r omega}. */
        private double liftOffset(double s) {
            return cl1 * (radius * (omega0 * s));
        }

        /**
         * Acceleration at height z and velocity v: gravity, drag {@code -k Cd |v_r| v_r}, Magnus
         * {@code k CL |v_r|^2} along the unit vector of {@code axis x v_r}, with v_r the velocity
         * relative to the air and {@code k = rho A / 2m}.
         *
         * <p>Written for a short dependency chain (one sqrt and one division in series): with
         * {@code S = r omega / V}, {@code CL V^2 / |c| = cl2 r omega V^2 / ((cl0 V + cl1 r omega) |c|)},
         * so the lift needs no division by V and the two square roots run in parallel.
         */
        private void accel(double z, double vx, double vy, double vz, double dragCd, double liftNum,
                           double liftOffset, double spinPos) {
            double wx = windX;
            double wy = windY;
            if (shearExponent != 0.0) {
                double h = z > shearMinHeight ? z : shearMinHeight;
                double f = DeterministicMath.pow(h / shearReference, shearExponent);
                wx = wx * f;
                wy = wy * f;
            }
            double rx = vx - wx;
            double ry = vy - wy;
            double rz = vz;
            double v2 = rx * rx + ry * ry + rz * rz;
            double kd;
            if (table != null) {
                // Table form of the crisis law: k Cd(V, omega), Cd bilinear on the grid.
                double v = Math.sqrt(v2);
                kd = dragK * table.interpolate(v, spinPos) * v;
            } else if (crisis) {
                // Drag crisis: k (Cd + delta / (1 + e^((V - Vc) / w))), e^x as exact-port 2^(x log2 e).
                double v = Math.sqrt(v2);
                double step = DeterministicMath.exp2((v - crisisSpeed) * crisisExpScale);
                kd = (dragCd + dragK * crisisCdDelta / (1.0 + step)) * v;
            } else {
                kd = dragCd * Math.sqrt(v2);
            }
            // Lift direction: unit vector of (axis x v_r).
            double cx = axisY * rz - axisZ * ry;
            double cy = axisZ * rx - axisX * rz;
            double cz = axisX * ry - axisY * rx;
            double cn2 = cx * cx + cy * cy + cz * cz;
            double kl = 0.0;
            if (liftNum != 0.0 && cn2 > 0.0) {
                kl = liftNum * v2 / ((cl0 * Math.sqrt(v2) + liftOffset) * Math.sqrt(cn2));
            }
            ax = kl * cx - kd * rx;
            ay = kl * cy - kd * ry;
            az = kl * cz - (kd * rz + gravity);
        }

        void fly(FlightBatch b, int i, PathBuffer path) {
            double x = b.get(BatchColumn.X, i);
            double y = b.get(BatchColumn.Y, i);
            double z = b.get(BatchColumn.Z, i);
            double vx = b.get(BatchColumn.VX, i);
            double vy = b.get(BatchColumn.VY, i);
            double vz = b.get(BatchColumn.VZ, i);
            double sx = b.get(BatchColumn.SPIN_X, i);
            double sy = b.get(BatchColumn.SPIN_Y, i);
            double sz = b.get(BatchColumn.SPIN_Z, i);
            dragK = b.get(BatchColumn.DRAG_K, i);
            windX = b.get(BatchColumn.WIND_X, i);
            windY = b.get(BatchColumn.WIND_Y, i);
            shearExponent = b.get(BatchColumn.SHEAR_EXPONENT, i);
            shearReference = b.get(BatchColumn.SHEAR_REFERENCE_HEIGHT, i);
            double fenceDistance = b.get(BatchColumn.FENCE_DISTANCE, i);
            double planeY = b.get(BatchColumn.PLANE_Y, i);

            omega0 = Math.sqrt(sx * sx + sy * sy + sz * sz);
            if (omega0 > 0.0) {
                axisX = sx / omega0;
                axisY = sy / omega0;
                axisZ = sz / omega0;
            } else {
                axisX = 0.0;
                axisY = 0.0;
                axisZ = 0.0;
            }

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
            double dragCd1 = dragCd(spin);
            double liftNum1 = liftNum(spin);
            double liftOffset1 = liftOffset(spin);
            double spinPos1 = spinPos(spin);
            while (true) {
                accel(z, vx, vy, vz, dragCd1, liftNum1, liftOffset1, spinPos1);
                double ax1 = ax;
                double ay1 = ay;
                double az1 = az;
                double spinHalf = spin * decayHalf;
                double dragCdHalf = dragCd(spinHalf);
                double liftNumHalf = liftNum(spinHalf);
                double liftOffsetHalf = liftOffset(spinHalf);
                double spinPosHalf = spinPos(spinHalf);
                double spinFull = spin * decayFull;
                double dragCdFull = dragCd(spinFull);
                double liftNumFull = liftNum(spinFull);
                double liftOffsetFull = liftOffset(spinFull);
                double spinPosFull = spinPos(spinFull);

                double z2 = z + half * vz;
                double vx2 = vx + half * ax1;
                double vy2 = vy + half * ay1;
                double vz2 = vz + half * az1;
                accel(z2, vx2, vy2, vz2, dragCdHalf, liftNumHalf, liftOffsetHalf, spinPosHalf);
                double ax2 = ax;
                double ay2 = ay;
                double az2 = az;

                double z3 = z + half * vz2;
                double vx3 = vx + half * ax2;
                double vy3 = vy + half * ay2;
                double vz3 = vz + half * az2;
                accel(z3, vx3, vy3, vz3, dragCdHalf, liftNumHalf, liftOffsetHalf, spinPosHalf);
                double ax3 = ax;
                double ay3 = ay;
                double az3 = az;

                double z4 = z + h * vz3;
                double vx4 = vx + h * ax3;
                double vy4 = vy + h * ay3;
                double vz4 = vz + h * az3;
                accel(z4, vx4, vy4, vz4, dragCdFull, liftNumFull, liftOffsetFull, spinPosFull);

                double nx = x + sixth * (vx + 2.0 * vx2 + 2.0 * vx3 + vx4);
                double ny = y + sixth * (vy + 2.0 * vy2 + 2.0 * vy3 + vy4);
                double nz = z + sixth * (vz + 2.0 * vz2 + 2.0 * vz3 + vz4);
                double nvx = vx + sixth * (ax1 + 2.0 * ax2 + 2.0 * ax3 + ax);
                double nvy = vy + sixth * (ay1 + 2.0 * ay2 + 2.0 * ay3 + ay);
                double nvz = vz + sixth * (az1 + 2.0 * az2 + 2.0 * az3 + az);
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

        private static void writeSample(PathBuffer path, int i, int sample, double t, double x, double y,
                                        double z) {
            path.set(i, sample, 0, t);
            path.set(i, sample, 1, x);
            path.set(i, sample, 2, y);
            path.set(i, sample, 3, z);
        }
    }
}
