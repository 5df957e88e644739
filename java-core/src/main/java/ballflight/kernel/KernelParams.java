package ballflight.kernel;

import ballflight.model.AeroParameters;
import ballflight.model.DragModel;
import ballflight.model.InputException;
import ballflight.units.Units;

/**
 * Batch-wide constants of one integration, in SI, with every transcendental already evaluated
 * in Java (spin decay factors, unit conversions) so both kernels do only + - * / and sqrt in the
 * step and produce the same bits. Mirrors the C ABI struct {@code BfParams}. Checked on
 * construction, so no kernel ever sees a NaN gravity or a decay factor above 1 (the native
 * library applies the same rules again, with the same messages).
 *
 * @param dtSeconds RK4 step
 * @param maxSteps steps before the flight is cut off (time limit / dt)
 * @param gravity m/s²
 * @param radius ball radius, m
 * @param cd0 drag coefficient without spin
 * @param cdSpinPerRadPerS drag added per rad/s of spin ({@code cdSpin / 1000 rpm})
 * @param cl0 lift constant
 * @param cl1 lift constant
 * @param cl2 lift constant
 * @param decayHalfStep spin factor over half a step, {@code exp(-dt / 2 tau)}
 * @param decayFullStep spin factor over a step, {@code exp(-dt / tau)}
 * @param shearMinHeight height floor for the wind-shear power law, m
 * @param dragModel {@link DragModel#id()}: 0 Nathan, 1 drag crisis, 2 drag crisis from the table
 * @param crisisCdDelta drag coefficient of the crisis step (crisis model only)
 * @param crisisSpeed middle of the crisis, m/s
 * @param crisisExpScale {@code log2(e) / crisis width}, s/m: the step is
 *                       {@code crisisCdDelta / (1 + 2^((V - crisisSpeed) * crisisExpScale))}
 * @param table the {@code Cd} table of {@link DragModel#CRISIS_TABLE} (built from the crisis constants
 *              above), null for the other models
 */
public record KernelParams(double dtSeconds, long maxSteps, double gravity, double radius, double cd0,
                           double cdSpinPerRadPerS, double cl0, double cl1, double cl2,
                           double decayHalfStep, double decayFullStep, double shearMinHeight, int dragModel,
                           double crisisCdDelta, double crisisSpeed, double crisisExpScale,
                           CoefficientTable table) {

    /** Flights end at 15 s if they have not come down. */
    public static final double DEFAULT_MAX_TIME_SECONDS = 15.0;
    public static final double MAX_DT_SECONDS = 0.1;
    public static final double MIN_DT_SECONDS = 1e-6;

    public KernelParams {
        if (!(dtSeconds >= MIN_DT_SECONDS && dtSeconds <= MAX_DT_SECONDS)) {
            throw new InputException("dt_seconds", "dt_seconds = " + dtSeconds
                    + " is out of range: allowed " + MIN_DT_SECONDS + " to " + MAX_DT_SECONDS + " s");
        }
        if (dragModel != DragModel.NATHAN.id() && dragModel != DragModel.CRISIS.id()
                && dragModel != DragModel.CRISIS_TABLE.id()) {
            throw new InputException("dragModel", "dragModel = " + dragModel
                    + " is not a drag model id: allowed 0, 1 or 2");
        }
        if ((dragModel == DragModel.CRISIS_TABLE.id()) != (table != null)) {
            throw new IllegalArgumentException("table must be given for dragModel 2 (crisis-table) and only then,"
                    + " got dragModel = " + dragModel + " with " + (table == null ? "no table" : "a table"));
        }
        if (maxSteps < 1 || maxSteps > 100_000_000L) {
            throw new InputException("maxSteps", "maxSteps = " + maxSteps + " outside 1..100000000");
        }
        // The same rules, order and wording as BfParams::validate in native-rust, so every
        // kernel refuses the same params with the same message.
        positive("gravity", gravity);
        positive("radius", radius);
        nonNegative("cd0", cd0);
        nonNegative("cdSpinPerRadPerS", cdSpinPerRadPerS);
        // cl0 > 0 and cl1 >= 0 keep the lift denominator cl0 + cl1 * S above 0 for every S >= 0.
        positive("cl0", cl0);
        nonNegative("cl1", cl1);
        nonNegative("cl2", cl2);
        decayFactor("decayHalfStep", decayHalfStep);
        decayFactor("decayFullStep", decayFullStep);
        positive("shearMinHeight", shearMinHeight);
        nonNegative("crisisCdDelta", crisisCdDelta);
        nonNegative("crisisSpeed", crisisSpeed);
        positive("crisisExpScale", crisisExpScale);
    }

    private static void positive(String name, double v) {
        if (!(v > 0.0 && Double.isFinite(v))) {
            throw new InputException(name, name + " = " + v + " must be a finite number > 0");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0.0 && Double.isFinite(v))) {
            throw new InputException(name, name + " = " + v + " must be a finite number >= 0");
        }
    }

    private static void decayFactor(String name, double v) {
        if (!(v > 0.0 && v <= 1.0)) {
            throw new InputException(name, name + " = " + v + " must be in (0, 1]");
        }
    }

    /** Without a table: Nathan's law or the exact crisis law. */
    public KernelParams(double dtSeconds, long maxSteps, double gravity, double radius, double cd0,
                        double cdSpinPerRadPerS, double cl0, double cl1, double cl2, double decayHalfStep,
                        double decayFullStep, double shearMinHeight, int dragModel, double crisisCdDelta,
                        double crisisSpeed, double crisisExpScale) {
        this(dtSeconds, maxSteps, gravity, radius, cd0, cdSpinPerRadPerS, cl0, cl1, cl2, decayHalfStep, decayFullStep,
                shearMinHeight, dragModel, crisisCdDelta, crisisSpeed, crisisExpScale, null);
    }

    /** The same constants cut off after {@code steps} steps. */
    public KernelParams withMaxSteps(long steps) {
        return new KernelParams(dtSeconds, steps, gravity, radius, cd0, cdSpinPerRadPerS, cl0, cl1, cl2, decayHalfStep,
                decayFullStep, shearMinHeight, dragModel, crisisCdDelta, crisisSpeed, crisisExpScale, table);
    }

    public static KernelParams of(AeroParameters aero, double dtSeconds) {
        return of(aero, dtSeconds, DEFAULT_MAX_TIME_SECONDS);
    }

    public static KernelParams of(AeroParameters aero, double dtSeconds, double maxTimeSeconds) {
        double tau = aero.spinDecayTauSeconds();
        long steps = (long) Math.ceil(maxTimeSeconds / dtSeconds - 1e-9);
        double cdSpin = aero.cdSpin() / Units.rpmToRadPerS(1000.0);
        double expScale = DeterministicMath.LOG2_E / aero.crisisWidthMps();
        CoefficientTable table = aero.dragModel() != DragModel.CRISIS_TABLE ? null
                : CoefficientTable.crisis(aero.cd0(), cdSpin, aero.crisisCdDelta(), aero.crisisSpeedMps(), expScale);
        return new KernelParams(dtSeconds, steps, aero.gravityMPerS2(), aero.radiusM(), aero.cd0(),
                cdSpin, aero.cl0(), aero.cl1(), aero.cl2(),
                Math.exp(-dtSeconds / (2.0 * tau)), Math.exp(-dtSeconds / tau), Units.feetToMetres(1.0),
                aero.dragModel().id(), aero.crisisCdDelta(), aero.crisisSpeedMps(), expScale, table);
    }
}
