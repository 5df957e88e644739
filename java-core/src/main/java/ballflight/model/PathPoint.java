package ballflight.model;

/**
 * One sample of a recorded flight path.
 *
 * @param timeS time since launch, s
 * @param xFt x, ft
 * @param yFt y, ft
 * @param zFt height, ft
 */
public record PathPoint(double timeS, double xFt, double yFt, double zFt) {
}
