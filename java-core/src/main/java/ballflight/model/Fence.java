package ballflight.model;

/**
 * The outfield wall along the ball's spray line.
 *
 * @param distanceFt horizontal distance from home plate to the wall
 * @param heightFt wall height
 */
public record Fence(double distanceFt, double heightFt) {
    public Fence {
        InputField.FENCE_DISTANCE.check(distanceFt);
        InputField.FENCE_HEIGHT.check(heightFt);
    }
}
