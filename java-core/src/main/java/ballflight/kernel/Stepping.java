package ballflight.kernel;

import java.util.Locale;

/**
 * How a simulator chooses its integration steps: one of the fixed {@link SimulationMode}s, or
 * tolerance stepping with an error budget in feet (distance, apex and the height at the fence
 * within the budget of the converged solution, hang time within budget / 100 s, a pitch's plate
 * crossing within budget / 10; verified in docs/ACCURACY.md).
 *
 * @param mode the fixed mode, or null under tolerance stepping
 * @param toleranceFt the error budget, ft, or 0 for a fixed mode
 */
public record Stepping(SimulationMode mode, double toleranceFt) {
    /** Smallest and largest budget accepted, ft. */
    public static final double MIN_TOLERANCE_FT = 0.0001;
    public static final double MAX_TOLERANCE_FT = 1.0;
    private static final String RANGE = "0.0001 to 1 ft";
    /** The default of the commands that play baseball or fly balls. */
    public static final double DEFAULT_TOLERANCE_FT = 0.01;
    /** First step of a tolerance-stepped flight, s (the controller sizes the rest). */
    public static final double FIRST_STEP_S = 0.01;

    public Stepping {
        if ((mode == null) == (toleranceFt == 0.0)) {
            throw new IllegalArgumentException("a stepping is either a mode or a tolerance, got " + mode + " and "
                    + toleranceFt + " ft");
        }
        if (mode == null) {
            checkToleranceFt(toleranceFt);
        }
    }

    public static Stepping fixed(SimulationMode mode) {
        return new Stepping(mode, 0.0);
    }

    public static Stepping tolerance(double toleranceFt) {
        checkToleranceFt(toleranceFt);
        return new Stepping(null, toleranceFt);
    }

    /** Parses a tolerance in feet; a bad number is an input error naming {@code tolerance_ft}. */
    public static Stepping parseTolerance(String text) {
        double ft;
        try {
            ft = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ballflight.model.InputException("tolerance_ft", String.format(Locale.ROOT,
                    "tolerance_ft = '%s' is not a number: allowed %s", text, RANGE));
        }
        return tolerance(ft);
    }

    /** Throws an input error naming {@code tolerance_ft} and its range unless it is in range. */
    public static void checkToleranceFt(double toleranceFt) {
        if (!(toleranceFt >= MIN_TOLERANCE_FT && toleranceFt <= MAX_TOLERANCE_FT)) {
            throw new ballflight.model.InputException("tolerance_ft", String.format(Locale.ROOT,
                    "tolerance_ft = %s is out of range: allowed %s", toleranceFt, RANGE));
        }
    }

    public boolean isTolerance() {
        return mode == null;
    }

    /** The step the kernel parameters carry: the mode's, or the first step of tolerance stepping. */
    public double dtSeconds() {
        return mode == null ? FIRST_STEP_S : mode.dtSeconds();
    }

    /** The kernel parameters of this stepping for {@code aero}. */
    public KernelParams params(ballflight.model.AeroParameters aero) {
        KernelParams fixed = KernelParams.of(aero, dtSeconds());
        return mode == null ? fixed.withToleranceFt(toleranceFt) : fixed;
    }

    /** e.g. {@code mode accurate (dt 0.001 s)} or {@code tolerance 0.01 ft (Dormand-Prince 5(4), adaptive steps)}. */
    public String describe() {
        if (mode == null) {
            return String.format(Locale.ROOT, "tolerance %s ft (Dormand-Prince 5(4), adaptive steps)", toleranceFt);
        }
        return "mode " + mode.name().toLowerCase(Locale.ROOT) + " (dt " + mode.dtSeconds() + " s)";
    }
}
