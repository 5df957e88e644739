package ballflight.reference;

import ballflight.kernel.FlightOutput;
import ballflight.kernel.FlightRow;
import ballflight.model.EndReason;
import java.util.function.ToDoubleFunction;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The flight model written plainly, integrated with an adaptive 8th-order Dormand-Prince method
 * and Hipparchus event detection: the oracle the RK4 kernels are measured against. Shares no
 * code with the kernels: continuous spin decay {@code exp(-t/tau)}, {@code Math.pow} shear, events
 * located by a bracketing root solver on the dense output.
 *
 * <p>State {@code (x, y, z, vx, vy, vz)} in m and m/s, time in s. Acceleration: gravity; drag
 * {@code -k Cd |v_r| v_r}; Magnus {@code k CL |v_r|^2} along the unit vector of {@code axis x v_r};
 * {@code Cd = cd0 + cdSpin omega}, {@code CL = cl2 S / (cl0 + cl1 S)}, {@code S = r omega_t / |v_r|}, with
 * {@code omega_t = omega |axis x v_r| / |v_r|} the spin across the relative velocity (spin along it
 * makes no Magnus force).
 */
public final class ReferenceFlight implements OrdinaryDifferentialEquation {
    private static final double ABS_TOL = 1e-11;
    private static final double REL_TOL = 1e-12;
    private static final double MAX_CHECK_S = 0.02;
    private static final double EVENT_TIME_ACCURACY_S = 1e-13;

    private final FlightRow row;
    private final ReferenceModel model;
    private final double omega0;
    private final double[] axis = new double[3];

    // Recorded by the event handlers during one integration.
    private EndReason reason = EndReason.TIMEOUT;
    private double apexZ;
    private double apexT;
    private double fenceZ = Double.NaN;

    private ReferenceFlight(FlightRow row, ReferenceModel model) {
        this.row = row;
        this.model = model;
        this.omega0 = Math.sqrt(row.spinX() * row.spinX() + row.spinY() * row.spinY() + row.spinZ() * row.spinZ());
        if (omega0 > 0) {
            axis[0] = row.spinX() / omega0;
            axis[1] = row.spinY() / omega0;
            axis[2] = row.spinZ() / omega0;
        }
    }

    /** Flies one ball until it lands, crosses the stop plane, or {@code maxTimeSeconds} passes. */
    public static FlightOutput fly(FlightRow row, ReferenceModel model, double maxTimeSeconds) {
        return new ReferenceFlight(row, model).run(maxTimeSeconds);
    }

    @Override
    public int getDimension() {
        return 6;
    }

    @Override
    public double[] computeDerivatives(double t, double[] s) {
        double wx = row.windX();
        double wy = row.windY();
        if (row.shearExponent() > 0) {
            double f = Math.pow(Math.max(s[2], model.shearMinHeight()) / row.shearReferenceM(), row.shearExponent());
            wx *= f;
            wy *= f;
        }
        double[] rel = {s[3] - wx, s[4] - wy, s[5]};
        double speed = norm(rel);
        double omega = omega0 * Math.exp(-t / model.tauSeconds());
        double k = row.dragK();
        double cd = model.cd0() + model.cdSpinPerRadPerS() * omega;
        double[] a = new double[3];
        for (int j = 0; j < 3; j++) {
            a[j] = -k * cd * speed * rel[j];
        }
        double[] lift = {
            axis[1] * rel[2] - axis[2] * rel[1],
            axis[2] * rel[0] - axis[0] * rel[2],
            axis[0] * rel[1] - axis[1] * rel[0],
        };
        double liftNorm = norm(lift);
        if (omega > 0 && liftNorm > 0) {
            double transverse = omega * liftNorm / speed;
            double spinFactor = model.radius() * transverse / speed;
            double cl = model.cl2() * spinFactor / (model.cl0() + model.cl1() * spinFactor);
            for (int j = 0; j < 3; j++) {
                a[j] += k * cl * speed * speed * lift[j] / liftNorm;
            }
        }
        a[2] -= model.gravity();
        return new double[] {s[3], s[4], s[5], a[0], a[1], a[2]};
    }

    private FlightOutput run(double maxTimeSeconds) {
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-10, 0.5, ABS_TOL, REL_TOL);
        integrator.setMaxEvaluations(10_000_000);
        apexZ = row.z();
        apexT = 0;
        integrator.addEventDetector(new Detector(s -> s.getPrimaryState()[2], (s, rising) -> {
            if (rising) {
                return Action.CONTINUE;
            }
            reason = EndReason.GROUND;
            return Action.STOP;
        }));
        if (row.planeY() != Double.NEGATIVE_INFINITY) {
            integrator.addEventDetector(new Detector(s -> s.getPrimaryState()[1] - row.planeY(), (s, rising) -> {
                if (rising) {
                    return Action.CONTINUE;
                }
                reason = EndReason.PLANE;
                return Action.STOP;
            }));
        }
        integrator.addEventDetector(new Detector(s -> s.getPrimaryState()[5], (s, rising) -> {
            if (!rising && s.getPrimaryState()[2] > apexZ) {
                apexZ = s.getPrimaryState()[2];
                apexT = s.getTime();
            }
            return Action.CONTINUE;
        }));
        double fence = row.fenceDistanceM();
        if (fence > 0 && Math.hypot(row.x(), row.y()) < fence) {
            integrator.addEventDetector(new Detector(
                    s -> Math.hypot(s.getPrimaryState()[0], s.getPrimaryState()[1]) - fence, (s, rising) -> {
                        if (rising && Double.isNaN(fenceZ)) {
                            fenceZ = s.getPrimaryState()[2];
                        }
                        return Action.CONTINUE;
                    }));
        }
        double[] start = {row.x(), row.y(), row.z(), row.vx(), row.vy(), row.vz()};
        ODEStateAndDerivative end = integrator.integrate(this, new ODEState(0.0, start), maxTimeSeconds);
        double[] e = end.getPrimaryState();
        double zEnd = reason == EndReason.GROUND ? 0.0 : e[2];
        if (zEnd > apexZ) {
            apexZ = zEnd;
            apexT = end.getTime();
        }
        return new FlightOutput(end.getTime(), e[0], e[1], zEnd, e[3], e[4], e[5], apexZ, apexT, fenceZ, reason, 0);
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /** What an event does when its function crosses zero ({@code rising} = crossing upward). */
    @FunctionalInterface
    private interface OnCrossing {
        Action act(ODEStateAndDerivative state, boolean rising);
    }

    /** A zero crossing of {@code g}, located to {@value #EVENT_TIME_ACCURACY_S} s. */
    private record Detector(ToDoubleFunction<ODEStateAndDerivative> gFunction, OnCrossing onCrossing)
            implements ODEEventDetector {

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(MAX_CHECK_S);
        }

        @Override
        public int getMaxIterationCount() {
            return 1000;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
            return new BracketingNthOrderBrentSolver(1e-15, EVENT_TIME_ACCURACY_S, 1e-18, 5);
        }

        @Override
        public ODEEventHandler getHandler() {
            return (state, detector, increasing) -> onCrossing.act(state, increasing);
        }

        @Override
        public double g(ODEStateAndDerivative state) {
            return gFunction.applyAsDouble(state);
        }
    }
}
