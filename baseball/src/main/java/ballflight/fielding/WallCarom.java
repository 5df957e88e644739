package ballflight.fielding;

/**
 * A ball that reaches the wall below its top comes off it and is played there. A simple carom:
 * the wall is taken as perpendicular to the line from home plate (a circular arc locally); the
 * padding returns {@value #RESTITUTION} of the speed into the wall and friction keeps
 * {@value #ALONG_WALL_KEPT} of the speed along it; the ball then drops from where it hit to the
 * warning track under gravity (drag is negligible at these speeds and heights) and is fielded
 * where it comes down, a few feet in front of the wall. Both coefficients are chosen, not
 * measured: a padded wall deadens a ball (its rebound is well under half its incoming speed in
 * slow-motion video), and the results are not sensitive to them within 0.3 to 0.5 (docs/DATA.md).
 *
 * @param wall where and how the ball met the wall
 * @param xFt where it comes down after the rebound, x
 * @param yFt where it comes down after the rebound, y
 * @param timeS when it comes down there, s since contact
 * @param groundSpeedFtPerS its horizontal speed then (toward the infield)
 */
public record WallCarom(FenceCrossing wall, double xFt, double yFt, double timeS, double groundSpeedFtPerS) {
    /** Share of the speed into the wall that comes back out (coefficient of restitution). */
    static final double RESTITUTION = 0.4;
    /** Share of the speed along the wall kept through the contact. */
    static final double ALONG_WALL_KEPT = 0.7;
    private static final double GRAVITY_FT_PER_S2 = 32.174;

    /** The carom of a ball that met the wall without clearing it. */
    public static WallCarom off(FenceCrossing wall) {
        double r = wall.distanceFt();
        double nx = wall.xFt() / r;
        double ny = wall.yFt() / r;
        double into = wall.vxFtPerS() * nx + wall.vyFtPerS() * ny;
        double alongX = wall.vxFtPerS() - into * nx;
        double alongY = wall.vyFtPerS() - into * ny;
        double outX = -RESTITUTION * Math.max(0.0, into) * nx + ALONG_WALL_KEPT * alongX;
        double outY = -RESTITUTION * Math.max(0.0, into) * ny + ALONG_WALL_KEPT * alongY;
        double z = Math.max(0.0, wall.heightFt());
        double vz = wall.vzFtPerS();
        double fallS = (vz + Math.sqrt(vz * vz + 2.0 * GRAVITY_FT_PER_S2 * z)) / GRAVITY_FT_PER_S2;
        return new WallCarom(wall, wall.xFt() + outX * fallS, wall.yFt() + outY * fallS, wall.timeS() + fallS,
                Math.hypot(outX, outY));
    }

    /** How far in front of the wall the ball comes down. */
    public double offWallFt() {
        return wall.distanceFt() - Math.hypot(xFt, yFt);
    }
}
