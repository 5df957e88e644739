package ballflight.data;

/**
 * Where a fielder starts, from Savant's positioning leaderboard (distance from home plate and
 * angle, spray convention: 0 = center, + toward right field).
 *
 * @param position C, 1B, 2B, 3B, SS, LF, CF, RF or P
 * @param distanceFt start distance from home plate
 * @param angleDeg start angle
 */
public record FieldPosition(String position, double distanceFt, double angleDeg) {
    public double xFt() {
        return distanceFt * Math.sin(Math.toRadians(angleDeg));
    }

    public double yFt() {
        return distanceFt * Math.cos(Math.toRadians(angleDeg));
    }
}
