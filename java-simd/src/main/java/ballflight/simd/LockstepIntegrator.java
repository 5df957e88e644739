package ballflight.simd;

import ballflight.kernel.FlightBatch;
import ballflight.kernel.KernelParams;
import ballflight.kernel.PathBuffer;
import ballflight.model.DragModel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Integrates one flight per lane in lockstep: the whole RK4 step of all lanes is one loop body
 * of vector operations (C2 keeps the vectors in registers only if nothing is left un-inlined),
 * with the acceleration of {@code JavaFlightKernel.FlightIntegrator.accel} repeated operation by
 * operation, multiply then add, never fused. The loop runs until some lane's step raises an event
 * (a crossing, the apex, the fence, a path sample, the time limit); {@link Lanes} then handles
 * those lanes in scalar code, refills finished ones, and the loop resumes.
 */
final class LockstepIntegrator {
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private final Lanes lanes = new Lanes(SPECIES.length());

    // The call's constants: read from the params record itself (its final fields are constants
    // to C2) instead of a copied field list; only the step fractions are derived here.
    private KernelParams params;
    private double h;
    private double half;
    private double sixth;
    private boolean crisis;

    static boolean supports(int dragModel) {
        return dragModel == DragModel.NATHAN.id() || dragModel == DragModel.CRISIS.id();
    }

    void integrate(FlightBatch batch, KernelParams p, PathBuffer path) {
        h = p.dtSeconds();
        half = 0.5 * h;
        sixth = h / 6.0;
        params = p;
        crisis = p.dragModel() == DragModel.CRISIS.id();
        Lanes l = lanes;
        l.begin(batch, p, path);
        try {
            while (l.activeCount() > 0) {
                stepUntilEvent(l);
                for (int lane = 0; lane < l.count; lane++) {
                    if (l.event[lane]) {
                        l.handleEvent(lane);
                    } else if (l.active[lane]) {
                        l.commitQuiet(lane);
                    }
                }
            }
        } finally {
            l.end();
        }
    }

    /**
     * Steps all lanes until at least one active lane's step raises an event; leaves the state
     * before that step in {@code x..} (with {@code r}, the distance from home, current for every
     * lane whose fence is still ahead), the state after it in {@code nx..} and the lanes that
     * need scalar handling in {@code event}.
     */
    private void stepUntilEvent(Lanes l) {
        final VectorSpecies<Double> sp = SPECIES;
        final KernelParams p = params;
        final DoubleVector dragK = DoubleVector.fromArray(sp, l.dragK, 0);
        final DoubleVector windX = DoubleVector.fromArray(sp, l.windX, 0);
        final DoubleVector windY = DoubleVector.fromArray(sp, l.windY, 0);
        final DoubleVector shearExponent = DoubleVector.fromArray(sp, l.shearExponent, 0);
        final DoubleVector shearReference = DoubleVector.fromArray(sp, l.shearReference, 0);
        final DoubleVector axisX = DoubleVector.fromArray(sp, l.axisX, 0);
        final DoubleVector axisY = DoubleVector.fromArray(sp, l.axisY, 0);
        final DoubleVector axisZ = DoubleVector.fromArray(sp, l.axisZ, 0);
        final DoubleVector omega0 = DoubleVector.fromArray(sp, l.omega0, 0);
        final DoubleVector planeY = DoubleVector.fromArray(sp, l.planeY, 0);
        final DoubleVector fenceLimit = DoubleVector.fromArray(sp, l.fenceLimit, 0);
        final DoubleVector maxStep = DoubleVector.fromArray(sp, l.maxStep, 0);
        final DoubleVector nextSample = DoubleVector.fromArray(sp, l.nextSample, 0);
        final VectorMask<Double> active = VectorMask.fromArray(sp, l.active, 0);
        final VectorMask<Double> sheared = shearExponent.compare(VectorOperators.NE, 0.0);
        final boolean anyShear = sheared.anyTrue();
        final DoubleVector zero = DoubleVector.zero(sp);
        final DoubleVector negativeZero = DoubleVector.broadcast(sp, -0.0);
        final DoubleVector shearFloor = DoubleVector.broadcast(sp, p.shearMinHeight());
        // k * cl2 and k * crisis delta: the scalar code's left-to-right products, per flight.
        final DoubleVector liftScale = dragK.mul(p.cl2());
        final DoubleVector crisisScale = dragK.mul(p.crisisCdDelta());

        // The lanes' state goes through the arrays at every step: vectors carried around this loop
        // were boxed by C2 (hundreds of bytes per step), reloading them from L1 is cheaper.
        while (true) {
            DoubleVector x = DoubleVector.fromArray(sp, l.x, 0);
            DoubleVector y = DoubleVector.fromArray(sp, l.y, 0);
            DoubleVector z = DoubleVector.fromArray(sp, l.z, 0);
            DoubleVector vx = DoubleVector.fromArray(sp, l.vx, 0);
            DoubleVector vy = DoubleVector.fromArray(sp, l.vy, 0);
            DoubleVector vz = DoubleVector.fromArray(sp, l.vz, 0);
            DoubleVector spin = DoubleVector.fromArray(sp, l.spin, 0);
            DoubleVector step = DoubleVector.fromArray(sp, l.step, 0);
            // Per-stage constants of the current spin factor (JavaFlightKernel's dragCd/liftNum/liftOffset).
            DoubleVector omega = omega0.mul(spin);
            DoubleVector dragCd1 = dragK.mul(omega.mul(p.cdSpinPerRadPerS()).add(p.cd0()));
            DoubleVector liftNum1 = zero.blend(liftScale.mul(omega.mul(p.radius())),
                    omega.compare(VectorOperators.GT, 0.0));
            DoubleVector liftOffset1 = omega.mul(p.radius()).mul(p.cl1());
            DoubleVector spinHalf = spin.mul(p.decayHalfStep());
            DoubleVector omegaHalf = omega0.mul(spinHalf);
            DoubleVector dragCdHalf = dragK.mul(omegaHalf.mul(p.cdSpinPerRadPerS()).add(p.cd0()));
            DoubleVector liftNumHalf = zero.blend(liftScale.mul(omegaHalf.mul(p.radius())),
                    omegaHalf.compare(VectorOperators.GT, 0.0));
            DoubleVector liftOffsetHalf = omegaHalf.mul(p.radius()).mul(p.cl1());
            DoubleVector spinFull = spin.mul(p.decayFullStep());
            DoubleVector omegaFull = omega0.mul(spinFull);
            DoubleVector dragCdFull = dragK.mul(omegaFull.mul(p.cdSpinPerRadPerS()).add(p.cd0()));
            DoubleVector liftNumFull = zero.blend(liftScale.mul(omegaFull.mul(p.radius())),
                    omegaFull.compare(VectorOperators.GT, 0.0));
            DoubleVector liftOffsetFull = omegaFull.mul(p.radius()).mul(p.cl1());

            // The four RK4 stages. Stage s evaluates the acceleration at (zs, vs); the sums
            // accumulate v1 + 2 v2 + 2 v3 + v4 left to right (1.0 * v is exact).
            DoubleVector zs = z;
            DoubleVector vxs = vx;
            DoubleVector vys = vy;
            DoubleVector vzs = vz;
            DoubleVector dragCd = dragCd1;
            DoubleVector liftNum = liftNum1;
            DoubleVector liftOffset = liftOffset1;
            DoubleVector sumVx = negativeZero;
            DoubleVector sumVy = negativeZero;
            DoubleVector sumVz = negativeZero;
            DoubleVector sumAx = negativeZero;
            DoubleVector sumAy = negativeZero;
            DoubleVector sumAz = negativeZero;
            for (int stage = 0; stage < 4; stage++) {
                // ---- accel(zs, vxs, vys, vzs, dragCd, liftNum, liftOffset) ----
                DoubleVector wx = windX;
                DoubleVector wy = windY;
                if (anyShear) {
                    DoubleVector height = shearFloor.blend(zs, zs.compare(VectorOperators.GT, shearFloor));
                    DoubleVector f = VectorMath.pow(height.div(shearReference), shearExponent, sheared);
                    wx = wx.blend(wx.mul(f), sheared);
                    wy = wy.blend(wy.mul(f), sheared);
                }
                DoubleVector rx = vxs.sub(wx);
                DoubleVector ry = vys.sub(wy);
                DoubleVector rz = vzs;
                DoubleVector v2 = rx.mul(rx).add(ry.mul(ry)).add(rz.mul(rz));
                DoubleVector speed = v2.sqrt();
                DoubleVector kd;
                if (crisis) {
                    DoubleVector crisisStep = VectorMath.exp2(speed.sub(p.crisisSpeed()).mul(p.crisisExpScale()));
                    kd = dragCd.add(crisisScale.div(crisisStep.add(1.0))).mul(speed);
                } else {
                    kd = dragCd.mul(speed);
                }
                DoubleVector cx = axisY.mul(rz).sub(axisZ.mul(ry));
                DoubleVector cy = axisZ.mul(rx).sub(axisX.mul(rz));
                DoubleVector cz = axisX.mul(ry).sub(axisY.mul(rx));
                DoubleVector cn2 = cx.mul(cx).add(cy.mul(cy)).add(cz.mul(cz));
                VectorMask<Double> lifting = liftNum.compare(VectorOperators.NE, 0.0)
                        .and(cn2.compare(VectorOperators.GT, 0.0));
                DoubleVector kl = zero.blend(liftNum.mul(v2).div(v2.mul(p.cl0()).add(liftOffset.mul(cn2.sqrt()))),
                        lifting);
                DoubleVector ax = kl.mul(cx).sub(kd.mul(rx));
                DoubleVector ay = kl.mul(cy).sub(kd.mul(ry));
                DoubleVector az = kl.mul(cz).sub(kd.mul(rz).add(p.gravity()));
                // ---- end accel ----

                // One branch-free sum (a branch on the stage here made C2 box the vectors):
                // -0.0 + v * 1.0 is exactly v, so the first term has the scalar code's bits.
                double weight = stage == 0 || stage == 3 ? 1.0 : 2.0;
                sumVx = sumVx.add(vxs.mul(weight));
                sumVy = sumVy.add(vys.mul(weight));
                sumVz = sumVz.add(vzs.mul(weight));
                sumAx = sumAx.add(ax.mul(weight));
                sumAy = sumAy.add(ay.mul(weight));
                sumAz = sumAz.add(az.mul(weight));
                if (stage < 3) {
                    double c = stage == 2 ? h : half;
                    zs = z.add(vzs.mul(c));
                    vxs = vx.add(ax.mul(c));
                    vys = vy.add(ay.mul(c));
                    vzs = vz.add(az.mul(c));
                    dragCd = stage == 2 ? dragCdFull : dragCdHalf;
                    liftNum = stage == 2 ? liftNumFull : liftNumHalf;
                    liftOffset = stage == 2 ? liftOffsetFull : liftOffsetHalf;
                }
            }
            DoubleVector nx = x.add(sumVx.mul(sixth));
            DoubleVector ny = y.add(sumVy.mul(sixth));
            DoubleVector nz = z.add(sumVz.mul(sixth));
            DoubleVector nvx = vx.add(sumAx.mul(sixth));
            DoubleVector nvy = vy.add(sumAy.mul(sixth));
            DoubleVector nvz = vz.add(sumAz.mul(sixth));
            DoubleVector newStep = step.add(1.0);
            DoubleVector nr = nx.mul(nx).add(ny.mul(ny)).sqrt();

            VectorMask<Double> events = y.compare(VectorOperators.GT, planeY)
                    .and(ny.compare(VectorOperators.LE, planeY))
                    .or(nz.compare(VectorOperators.LE, 0.0))
                    .or(vz.compare(VectorOperators.GT, 0.0).and(nvz.compare(VectorOperators.LE, 0.0)))
                    .or(nr.compare(VectorOperators.GE, fenceLimit))
                    .or(newStep.compare(VectorOperators.GE, maxStep))
                    .or(newStep.compare(VectorOperators.EQ, nextSample))
                    .and(active);
            if (events.anyTrue()) {
                // x.. still hold the state before this step.
                nx.intoArray(l.nx, 0);
                ny.intoArray(l.ny, 0);
                nz.intoArray(l.nz, 0);
                nvx.intoArray(l.nvx, 0);
                nvy.intoArray(l.nvy, 0);
                nvz.intoArray(l.nvz, 0);
                events.intoArray(l.event, 0);
                return;
            }
            // Quiet step: the new state becomes the next step's start. (Not a helper shared with the
            // stores above: a call C2 does not inline boxes every vector argument.)
            nx.intoArray(l.x, 0);
            ny.intoArray(l.y, 0);
            nz.intoArray(l.z, 0);
            nvx.intoArray(l.vx, 0);
            nvy.intoArray(l.vy, 0);
            nvz.intoArray(l.vz, 0);
            spinFull.intoArray(l.spin, 0);
            newStep.intoArray(l.step, 0);
            nr.intoArray(l.r, 0);
        }
    }
}
