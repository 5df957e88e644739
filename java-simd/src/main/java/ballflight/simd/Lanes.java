package ballflight.simd;

import ballflight.kernel.BatchColumn;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.kernel.StepEnd;
import ballflight.kernel.StepInterpolation;
import ballflight.model.EndReason;
import java.lang.foreign.ValueLayout;

/**
 * The per-lane side of the lockstep kernel: one flight per lane, its state in plain arrays the
 * vector loop loads and stores, and everything that is not the RK4 step itself done in scalar
 * code with the operations of {@code JavaFlightKernel.FlightIntegrator.fly}, in its order: the
 * flight's start, the event checks of a step in which something happens (plane, ground, apex,
 * fence, path sample, time limit), the end point and the outputs. A finished lane takes the next
 * flight of the batch; when none is left it is parked (inactive, state that cannot overflow).
 */
final class Lanes {
    final int count;

    // State at the start of the current step.
    final double[] x;
    final double[] y;
    final double[] z;
    final double[] vx;
    final double[] vy;
    final double[] vz;
    /** Spin factor (spin = omega0 * factor). */
    final double[] spin;
    /** Steps taken, as a double (exact: maxSteps <= 1e8). */
    final double[] step;
    /** Horizontal distance from home at the start of the step (read only while the fence is open). */
    final double[] r;

    // State after the step, filled by the vector loop when a lane has an event.
    final double[] nx;
    final double[] ny;
    final double[] nz;
    final double[] nvx;
    final double[] nvy;
    final double[] nvz;

    // Per-flight constants.
    final double[] dragK;
    final double[] windX;
    final double[] windY;
    final double[] shearExponent;
    final double[] shearReference;
    final double[] axisX;
    final double[] axisY;
    final double[] axisZ;
    final double[] omega0;
    final double[] planeY;
    /** Fence distance while the fence is still ahead, +inf otherwise (the vector loop's fence test). */
    final double[] fenceLimit;
    /** maxSteps, or +inf for a parked lane. */
    final double[] maxStep;
    /** Next step count at which a path sample is due, +inf without a path. */
    final double[] nextSample;
    final boolean[] active;
    /** Set by the vector loop: this lane's step needs the scalar event code. */
    final boolean[] event;

    // Scalar-only bookkeeping.
    private final int[] flight;
    private final double[] fenceDistance;
    private final double[] apexZ;
    private final double[] apexT;
    private final double[] fenceZ;
    private final int[] samples;

    // The call in progress.
    private FlightBatch batch;
    private PathBuffer path;
    private KernelParams params;
    private double h;
    /** The scalar kernel's end-of-step checks, for a lane whose step raised an event. */
    private final StepEnd stepEnd = new StepEnd();
    private int pathCapacity;
    private int stride;
    private int nextFlight;
    private int activeCount;

    Lanes(int count) {
        this.count = count;
        x = new double[count];
        y = new double[count];
        z = new double[count];
        vx = new double[count];
        vy = new double[count];
        vz = new double[count];
        spin = new double[count];
        step = new double[count];
        r = new double[count];
        nx = new double[count];
        ny = new double[count];
        nz = new double[count];
        nvx = new double[count];
        nvy = new double[count];
        nvz = new double[count];
        dragK = new double[count];
        windX = new double[count];
        windY = new double[count];
        shearExponent = new double[count];
        shearReference = new double[count];
        axisX = new double[count];
        axisY = new double[count];
        axisZ = new double[count];
        omega0 = new double[count];
        planeY = new double[count];
        fenceLimit = new double[count];
        maxStep = new double[count];
        nextSample = new double[count];
        active = new boolean[count];
        event = new boolean[count];
        flight = new int[count];
        fenceDistance = new double[count];
        apexZ = new double[count];
        apexT = new double[count];
        fenceZ = new double[count];
        samples = new int[count];
    }

    /** Starts a call: fills every lane with the first flights (or parks it). */
    void begin(FlightBatch b, KernelParams p, PathBuffer pathBuffer) {
        batch = b;
        params = p;
        path = pathBuffer;
        h = p.dtSeconds();
        stepEnd.configure(h);
        pathCapacity = pathBuffer == null ? 0 : pathBuffer.samplesPerFlight();
        stride = pathBuffer == null ? 1 : pathBuffer.strideSteps();
        nextFlight = 0;
        activeCount = 0;
        for (int lane = 0; lane < count; lane++) {
            refill(lane);
        }
    }

    /** Ends a call: drops the references to the caller's memory. */
    void end() {
        batch = null;
        path = null;
        params = null;
    }

    int activeCount() {
        return activeCount;
    }

    private void refill(int lane) {
        if (nextFlight < batch.size()) {
            start(lane, nextFlight++);
            activeCount++;
        } else {
            park(lane);
        }
    }

    /** The prologue of the scalar {@code fly}. */
    private void start(int lane, int i) {
        FlightBatch b = batch;
        flight[lane] = i;
        double x0 = b.get(BatchColumn.X, i);
        double y0 = b.get(BatchColumn.Y, i);
        double z0 = b.get(BatchColumn.Z, i);
        x[lane] = x0;
        y[lane] = y0;
        z[lane] = z0;
        vx[lane] = b.get(BatchColumn.VX, i);
        vy[lane] = b.get(BatchColumn.VY, i);
        vz[lane] = b.get(BatchColumn.VZ, i);
        double sx = b.get(BatchColumn.SPIN_X, i);
        double sy = b.get(BatchColumn.SPIN_Y, i);
        double sz = b.get(BatchColumn.SPIN_Z, i);
        dragK[lane] = b.get(BatchColumn.DRAG_K, i);
        windX[lane] = b.get(BatchColumn.WIND_X, i);
        windY[lane] = b.get(BatchColumn.WIND_Y, i);
        shearExponent[lane] = b.get(BatchColumn.SHEAR_EXPONENT, i);
        shearReference[lane] = b.get(BatchColumn.SHEAR_REFERENCE_HEIGHT, i);
        double fence = b.get(BatchColumn.FENCE_DISTANCE, i);
        fenceDistance[lane] = fence;
        planeY[lane] = b.get(BatchColumn.PLANE_Y, i);

        double w = Math.sqrt(sx * sx + sy * sy + sz * sz);
        omega0[lane] = w;
        if (w > 0.0) {
            axisX[lane] = sx / w;
            axisY[lane] = sy / w;
            axisZ[lane] = sz / w;
        } else {
            axisX[lane] = 0.0;
            axisY[lane] = 0.0;
            axisZ[lane] = 0.0;
        }
        spin[lane] = 1.0;
        step[lane] = 0.0;
        apexZ[lane] = z0;
        apexT[lane] = 0.0;
        fenceZ[lane] = Double.NaN;
        double r0 = Math.sqrt(x0 * x0 + y0 * y0);
        r[lane] = r0;
        fenceLimit[lane] = fence > 0.0 && r0 < fence ? fence : Double.POSITIVE_INFINITY;
        maxStep[lane] = params.maxSteps();
        samples[lane] = 0;
        nextSample[lane] = pathCapacity > 0 ? stride : Double.POSITIVE_INFINITY;
        if (pathCapacity > 0) {
            writeSample(i, samples[lane]++, 0.0, x0, y0, z0);
        }
        active[lane] = true;
    }

    /** No flight left: a harmless state (no air, no events) the vector loop may keep stepping. */
    private void park(int lane) {
        active[lane] = false;
        x[lane] = 0.0;
        y[lane] = 0.0;
        z[lane] = 0.0;
        vx[lane] = 0.0;
        vy[lane] = 0.0;
        vz[lane] = 0.0;
        spin[lane] = 1.0;
        step[lane] = 0.0;
        r[lane] = 0.0;
        dragK[lane] = 0.0;
        windX[lane] = 0.0;
        windY[lane] = 0.0;
        shearExponent[lane] = 0.0;
        shearReference[lane] = 1.0;
        axisX[lane] = 0.0;
        axisY[lane] = 0.0;
        axisZ[lane] = 0.0;
        omega0[lane] = 0.0;
        planeY[lane] = BatchColumn.NO_PLANE;
        fenceLimit[lane] = Double.POSITIVE_INFINITY;
        maxStep[lane] = Double.POSITIVE_INFINITY;
        nextSample[lane] = Double.POSITIVE_INFINITY;
    }

    /**
     * The rest of the scalar loop body for a lane whose step (start state in x.., end state in
     * nx..) raised an event: end checks, apex, fence, then either the end of the flight (and a
     * refill) or the commit of the step with its path sample and time limit.
     */
    void handleEvent(int lane) {
        double x0 = x[lane];
        double y0 = y[lane];
        double z0 = z[lane];
        double vx0 = vx[lane];
        double vy0 = vy[lane];
        double vz0 = vz[lane];
        double x1 = nx[lane];
        double y1 = ny[lane];
        double z1 = nz[lane];
        double vx1 = nvx[lane];
        double vy1 = nvy[lane];
        double vz1 = nvz[lane];
        double t = step[lane] * h;
        double newStep = step[lane] + 1.0;
        double plane = planeY[lane];

        StepEnd e = stepEnd;
        double endFraction = e.find(plane, y0, y1, vy0, vy1, z0, z1, vz0, vz1);
        if (e.apex(t, z0, z1, vz0, vz1)) {
            apexT[lane] = e.apexT();
            apexZ[lane] = e.apexZ();
        }
        if (fenceLimit[lane] != Double.POSITIVE_INFINITY) {
            double fence = fenceDistance[lane];
            double r0 = r[lane];
            double r1 = Math.sqrt(x1 * x1 + y1 * y1);
            if (r1 >= fence) {
                double s = (fence - r0) / (r1 - r0);
                if (s <= endFraction) {
                    fenceZ[lane] = StepInterpolation.hermite(z0, z1, h * vz0, h * vz1, s);
                }
                fenceLimit[lane] = Double.POSITIVE_INFINITY;
            }
            r[lane] = r1;
        }
        if (endFraction <= 1.0) {
            e.interpolate(t, x0, x1, vx0, vx1, y0, y1, vy0, vy1, z0, z1, vz0, vz1);
            finish(lane, e.reason(), e.endT(), e.endX(), e.endY(), e.endZ(), e.endVx(), e.endVy(), e.endVz());
            return;
        }

        x[lane] = x1;
        y[lane] = y1;
        z[lane] = z1;
        vx[lane] = vx1;
        vy[lane] = vy1;
        vz[lane] = vz1;
        step[lane] = newStep;
        spin[lane] = spin[lane] * params.decayFullStep();
        double nt = newStep * h;
        long stepCount = (long) newStep;
        if (newStep >= nextSample[lane]) {
            nextSample[lane] += stride;
        }
        // The last slot is kept for the end point; the time-limit step is the end point itself.
        if (samples[lane] + 1 < pathCapacity && stepCount % stride == 0 && stepCount < params.maxSteps()) {
            writeSample(flight[lane], samples[lane]++, nt, x1, y1, z1);
        }
        if (stepCount >= params.maxSteps()) {
            finish(lane, EndReason.TIMEOUT, nt, x1, y1, z1, vx1, vy1, vz1);
        }
    }

    /** Commits a lane's step that raised no event (the vector loop stopped for another lane). */
    void commitQuiet(int lane) {
        double x1 = nx[lane];
        double y1 = ny[lane];
        x[lane] = x1;
        y[lane] = y1;
        z[lane] = nz[lane];
        vx[lane] = nvx[lane];
        vy[lane] = nvy[lane];
        vz[lane] = nvz[lane];
        step[lane] = step[lane] + 1.0;
        spin[lane] = spin[lane] * params.decayFullStep();
        r[lane] = Math.sqrt(x1 * x1 + y1 * y1);
    }

    private void finish(int lane, EndReason reason, double endT, double endX, double endY, double endZ,
                        double endVx, double endVy, double endVz) {
        int i = flight[lane];
        if (samples[lane] < pathCapacity) {
            writeSample(i, samples[lane]++, endT, endX, endY, endZ);
        }
        double peakZ = apexZ[lane];
        double peakT = apexT[lane];
        if (endZ > peakZ) {
            // Still rising at the stop plane or time limit: the highest point is the end.
            peakZ = endZ;
            peakT = endT;
        }
        batch.setOutputs(i, endT, endX, endY, endZ, endVx, endVy, endVz, peakZ, peakT, fenceZ[lane], reason,
                samples[lane]);
        activeCount--;
        refill(lane);
    }

    private void writeSample(int i, int sample, double t, double px, double py, double pz) {
        // PathBuffer.set is package-private in ballflight.kernel; write through its public segment.
        path.segment().set(ValueLayout.JAVA_DOUBLE, path.offset(i, sample, 0), t);
        path.segment().set(ValueLayout.JAVA_DOUBLE, path.offset(i, sample, 1), px);
        path.segment().set(ValueLayout.JAVA_DOUBLE, path.offset(i, sample, 2), py);
        path.segment().set(ValueLayout.JAVA_DOUBLE, path.offset(i, sample, 3), pz);
    }
}
