package ballflight.reference;

import ballflight.model.AeroParameters;

/**
 * The model constants the reference integrator needs, in SI, derived from {@link AeroParameters}
 * independently of {@code KernelParams} (the reference takes the decay time constant itself, not
 * per-step factors).
 *
 * @param gravity m/s²
 * @param radius ball radius, m
 * @param cd0 drag coefficient without spin
 * @param cdSpinPerRadPerS drag added per rad/s of spin
 * @param cl0 lift constant
 * @param cl1 lift constant
 * @param cl2 lift constant
 * @param tauSeconds spin decay time constant, s
 * @param shearMinHeight height floor of the shear power law, m
 */
public record ReferenceModel(double gravity, double radius, double cd0, double cdSpinPerRadPerS,
                             double cl0, double cl1, double cl2, double tauSeconds, double shearMinHeight) {

    private static final double FOOT_M = 0.3048;

    public static ReferenceModel of(AeroParameters a) {
        double radPerSPer1000Rpm = 1000.0 * 2.0 * Math.PI / 60.0;
        double radiusM = a.circumferenceIn() * 0.0254 / (2.0 * Math.PI);
        return new ReferenceModel(a.gravityFtPerS2() * FOOT_M, radiusM, a.cd0(), a.cdSpin() / radPerSPer1000Rpm,
                a.cl0(), a.cl1(), a.cl2(), a.spinDecayTauSeconds(), FOOT_M);
    }
}
