package ballflight.pitch;

/**
 * Movement of a pitch due to its spin: the plate location minus that of the same pitch flown
 * without spin (gravity and drag only), from release to the front of the plate.
 *
 * @param inducedVerticalBreakIn up is positive, inches
 * @param horizontalBreakIn catcher's view, + toward first base, inches
 */
public record PitchMovement(double inducedVerticalBreakIn, double horizontalBreakIn) {
}
