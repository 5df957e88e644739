package ballflight.pitch;

import ballflight.data.PitchSpec;

/**
 * A pitch as it reaches the front of home plate.
 *
 * @param spec the pitch type thrown
 * @param plateXFt horizontal location (catcher's view, + toward first base)
 * @param plateZFt height
 * @param plateSpeedMph speed at the plate
 * @param vxMph velocity x at the plate
 * @param vyMph velocity y at the plate (negative: toward the catcher)
 * @param vzMph velocity z at the plate
 * @param flightTimeS release to plate
 * @param reachedPlate false if the ball hit the ground first (a pitch in the dirt)
 * @param spinXRadPerS spin vector the pitch carries (x)
 * @param spinYRadPerS spin vector (y)
 * @param spinZRadPerS spin vector (z)
 * @param airDensityKgPerM3 density of the air it flew through (its spin-induced break scales with it)
 */
public record PitchResult(PitchSpec spec, double plateXFt, double plateZFt, double plateSpeedMph,
                          double vxMph, double vyMph, double vzMph, double flightTimeS, boolean reachedPlate,
                          double spinXRadPerS, double spinYRadPerS, double spinZRadPerS,
                          double airDensityKgPerM3) {

    public boolean inZone() {
        return reachedPlate && StrikeZone.contains(plateXFt, plateZFt);
    }

    /** The umpire's call on a take, with his zone's edge moved out by {@code edgeFt} (in when negative). */
    public boolean calledStrike(double edgeFt) {
        return reachedPlate && StrikeZone.contains(plateXFt, plateZFt, edgeFt);
    }
}
