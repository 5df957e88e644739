package ballflight.model;

import ballflight.units.Units;

/**
 * The ball and its aerodynamics: everything a kernel needs to know about the model that does not
 * depend on the weather or the launch. Defaults are A. Nathan's trajectory-calculator values, with
 * the 2025 ball's drag.
 *
 * <p>Drag: {@code Cd = cd0 + cdSpin * (omega / 1000 rpm)}. Lift: {@code CL = cl2 * S / (cl0 + cl1 * S)}
 * with spin factor {@code S = r * omega_t / v}, omega_t the spin across the velocity (the kernels'
 * {@code FlightForces.accel}). Spin decays as {@code exp(-t / tau)}.
 *
 * @param massOz ball mass in ounces
 * @param circumferenceIn ball circumference in inches
 * @param gravityFtPerS2 gravitational acceleration in ft/s²
 * @param cd0 drag coefficient without spin
 * @param cdSpin drag increase per 1000 rpm of spin
 * @param cl0 lift-model constant
 * @param cl1 lift-model constant
 * @param cl2 lift-model constant
 * @param spinDecayTauSeconds spin decay time constant in seconds
 * @param dragModel the drag law ({@link DragModel#NATHAN} ignores the three crisis parameters)
 * @param crisisCdDelta drag coefficient added well below the crisis speed (subcritical minus
 *                      supercritical plateau)
 * @param crisisSpeedMps speed relative to the air at the middle of the crisis, m/s
 * @param crisisWidthMps width of the logistic step, m/s
 */
public record AeroParameters(double massOz, double circumferenceIn, double gravityFtPerS2,
                             double cd0, double cdSpin, double cl0, double cl1, double cl2,
                             double spinDecayTauSeconds, DragModel dragModel, double crisisCdDelta,
                             double crisisSpeedMps, double crisisWidthMps) {

    /**
     * Nathan's trajectory calculator, the model behind public Statcast-style distance estimates,
     * with the 2025 ball's spin-free drag: cd0 0.33 where the calculator has 0.3008. At 0.3008 a
     * simulated season's longest balls flew 14 ft farther than 2025's at the same hardest ball (8 ft
     * at 0.33; docs/CALIBRATION.md, "The 2025 ball's drag and the bat's speed by contact depth").
     */
    public static final AeroParameters NATHAN =
            new AeroParameters(5.125, 9.125, 32.174, 0.33, 0.0292, 0.583, 2.333, 1.120, 10000.0);

    /**
     * Drag crisis (docs/PHYSICS.md): the logistic of Giordano and Nakanishi after Adair's data
     * (crisis at 35 m/s, width 5 m/s), plateaus 0.40 (subcritical) and 0.20 (supercritical, near
     * their 0.22, set so the reference ball carries ~400 ft like Nathan's); spin
     * drag and lift as in Nathan's model.
     */
    public static final AeroParameters CRISIS = new AeroParameters(5.125, 9.125, 32.174, 0.2000, 0.0292, 0.583,
            2.333, 1.120, 10000.0, DragModel.CRISIS, 0.20, 35.0, 5.0);

    /** The drag-crisis constants of {@link #CRISIS}, read from the bilinear table (docs/PHYSICS.md). */
    public static final AeroParameters CRISIS_TABLE = CRISIS.withDragModel(DragModel.CRISIS_TABLE);

    /** Nathan's drag law with these constants (no drag crisis). */
    public AeroParameters(double massOz, double circumferenceIn, double gravityFtPerS2, double cd0, double cdSpin,
                          double cl0, double cl1, double cl2, double spinDecayTauSeconds) {
        this(massOz, circumferenceIn, gravityFtPerS2, cd0, cdSpin, cl0, cl1, cl2, spinDecayTauSeconds,
                DragModel.NATHAN, 0.0, 0.0, 1.0);
    }

    /** The default parameters of a drag model ({@link #NATHAN}, {@link #CRISIS}, {@link #CRISIS_TABLE}). */
    public static AeroParameters of(DragModel model) {
        return switch (model) {
            case NATHAN -> NATHAN;
            case CRISIS -> CRISIS;
            case CRISIS_TABLE -> CRISIS_TABLE;
        };
    }

    public AeroParameters {
        java.util.Objects.requireNonNull(dragModel, "dragModel");
        requirePositive("crisisWidthMps", crisisWidthMps);
        requirePositive("massOz", massOz);
        requirePositive("circumferenceIn", circumferenceIn);
        requirePositive("gravityFtPerS2", gravityFtPerS2);
        requirePositive("spinDecayTauSeconds", spinDecayTauSeconds);
        // Negative drag would accelerate the ball; cl0 > 0 with cl1 >= 0 keeps the lift
        // denominator cl0 + cl1 * S above zero for every spin factor S >= 0.
        requireNonNegative("cd0", cd0);
        requireNonNegative("cdSpin", cdSpin);
        requirePositive("cl0", cl0);
        requireNonNegative("cl1", cl1);
        requireNonNegative("cl2", cl2);
        requireNonNegative("crisisCdDelta", crisisCdDelta);
        requireNonNegative("crisisSpeedMps", crisisSpeedMps);
    }

    public double massKg() {
        return Units.ouncesToKg(massOz);
    }

    public double radiusM() {
        return Units.inchesToMetres(circumferenceIn) / (2.0 * Math.PI);
    }

    public double crossSectionM2() {
        double r = radiusM();
        return Math.PI * r * r;
    }

    public double gravityMPerS2() {
        return Units.ftPerS2ToMPerS2(gravityFtPerS2);
    }

    /** {@code rho * A / (2 m)} in 1/m: multiply by {@code C * v²} to get an acceleration. */
    public double dragConstantPerM(double airDensityKgPerM3) {
        return airDensityKgPerM3 * crossSectionM2() / (2.0 * massKg());
    }

    public AeroParameters withSpinDecayTauSeconds(double tau) {
        return new AeroParameters(massOz, circumferenceIn, gravityFtPerS2, cd0, cdSpin, cl0, cl1, cl2, tau, dragModel,
                crisisCdDelta, crisisSpeedMps, crisisWidthMps);
    }

    /** The same constants under another drag law (e.g. the table form of the crisis model). */
    public AeroParameters withDragModel(DragModel model) {
        return new AeroParameters(massOz, circumferenceIn, gravityFtPerS2, cd0, cdSpin, cl0, cl1, cl2,
                spinDecayTauSeconds, model, crisisCdDelta, crisisSpeedMps, crisisWidthMps);
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw new InputException(name, name + " = " + v + " must be a finite number >= 0");
        }
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw new InputException(name, name + " = " + v + " must be a finite number > 0");
        }
    }
}
