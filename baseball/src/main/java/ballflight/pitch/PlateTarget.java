package ballflight.pitch;

/**
 * A point at the front of home plate (catcher's view: x + toward first base).
 *
 * @param xFt horizontal, ft
 * @param zFt height above the ground, ft
 */
public record PlateTarget(double xFt, double zFt) {
}
