package ballflight.contact;

import ballflight.model.Launch;
import ballflight.units.Units;

/**
 * A bat-ball collision in three dimensions, after Nathan's and Cross's models of the oblique
 * collision of a ball with a cylinder.
 *
 * <p>The line of centres {@code n} is the bat's velocity direction tilted up by
 * {@code psi = asin(D / (R_ball + R_bat))}, where {@code D} is how far the ball's centre is above
 * the bat's. Along {@code n}, with the collision efficiency {@code q} (which holds the bat's
 * effective mass and the coefficient of restitution): {@code v_out.n = V_bat.n - q (u.n)}, {@code u} =
 * ball velocity relative to the bat; head-on this is the familiar {@code EV = q v_pitch + (1+q) v_bat}.
 * Across {@code n}, friction acts on the slip of the contact point, {@code s = u_t + R n x w}: the
 * ball's tangential velocity relative to the bat plus the surface speed of the pitch's spin {@code w}
 * there (Cross's model of an oblique impact). It takes the ball a fraction {@code f} of the way to
 * rolling ({@code s} becomes {@code (1 - f) s}): the ball's tangential velocity loses {@code 2f/7 s}
 * and its spin gains {@code (5f / 7R) n x s} (solid sphere, I = 2/5 m R^2). So the pitch's spin
 * across the line of centres keeps {@code 1 - 5f/7} of itself and pushes the ball as it is rolled
 * out: a four-seamer's backspin, whose surface moves up where the bat meets it, sends the ball off a
 * little lower and with more backspin than a spinless pitch (Nathan et al. 2012 measured the batted
 * ball's spin to depend only weakly on the pitch's). Undercutting the ball (D > 0) gives loft and
 * backspin; topping it gives grounders and topspin.
 */
public final class BatBallCollision {
    public static final double BALL_RADIUS_IN = 9.125 / (2 * Math.PI);
    /** Barrel radius of a 2.61 in wood bat at the sweet spot. */
    public static final double BAT_RADIUS_IN = 1.30;
    public static final double MAX_OFFSET_IN = BALL_RADIUS_IN + BAT_RADIUS_IN;
    private static final double BALL_RADIUS_M = Units.inchesToMetres(BALL_RADIUS_IN);
    /** Fastest exit velocity a collision gives (the physics can exceed it only with extreme inputs). */
    public static final double MAX_EXIT_VELOCITY_MPH = 125.0;
    /** Largest backspin or sidespin magnitude a collision gives. */
    public static final double MAX_SPIN_RPM = 5000.0;

    private BatBallCollision() {
    }

    /**
     * @param pitchVelMph ball velocity at impact (x, y, z), mph
     * @param pitchSpinRadPerS pitch spin vector, rad/s
     * @param batSpeedMph bat speed at the impact point
     * @param attackAngleDeg bat path angle above horizontal
     * @param faceSprayDeg horizontal direction of the bat's path (spray convention)
     * @param offsetIn D, ball centre above bat centre, |D| < {@link #MAX_OFFSET_IN}
     * @param q collision efficiency
     * @param friction f in [0, 1]
     * @param contactHeightFt height of the ball at impact
     * @return the batted ball, or null if it goes backward (a foul tip)
     */
    public static BattedBall collide(double[] pitchVelMph, double[] pitchSpinRadPerS, double batSpeedMph,
                                     double attackAngleDeg, double faceSprayDeg, double offsetIn, double q,
                                     double friction, double contactHeightFt) {
        double a = Math.toRadians(attackAngleDeg);
        double phi = Math.toRadians(faceSprayDeg);
        double psi = Math.asin(Math.max(-1.0, Math.min(1.0, offsetIn / MAX_OFFSET_IN)));
        double[] bat = {batSpeedMph * Math.cos(a) * Math.sin(phi), batSpeedMph * Math.cos(a) * Math.cos(phi),
            batSpeedMph * Math.sin(a)};
        double[] n = {Math.cos(a + psi) * Math.sin(phi), Math.cos(a + psi) * Math.cos(phi), Math.sin(a + psi)};
        double[] u = {pitchVelMph[0] - bat[0], pitchVelMph[1] - bat[1], pitchVelMph[2] - bat[2]};
        double un = dot(u, n);
        double[] ut = {u[0] - un * n[0], u[1] - un * n[1], u[2] - un * n[2]};
        double batN = dot(bat, n);
        double[] batT = {bat[0] - batN * n[0], bat[1] - batN * n[1], bat[2] - batN * n[2]};
        double outN = batN - q * un;
        double[] surface = cross(n, pitchSpinRadPerS);
        double[] slip = new double[3];
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            slip[i] = ut[i] + BALL_RADIUS_M * surface[i] / Units.MPS_PER_MPH;
            v[i] = outN * n[i] + batT[i] + ut[i] - 2.0 * friction / 7.0 * slip[i];
        }
        if (v[1] <= 0) {
            return null;
        }
        double[] nxs = cross(n, slip);
        double spinScale = 5.0 * friction / (7.0 * BALL_RADIUS_M) * Units.MPS_PER_MPH;
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            w[i] = pitchSpinRadPerS[i] + spinScale * nxs[i];
        }
        double speed = Math.sqrt(dot(v, v));
        double la = Math.toDegrees(Math.asin(v[2] / speed));
        double spray = Math.toDegrees(Math.atan2(v[0], v[1]));
        double s = Math.toRadians(spray);
        // Launch's conventions: backspin about (cos s, -sin s, 0), sidespin = -omega_z.
        double backRpm = Units.radPerSToRpm(w[0] * Math.cos(s) - w[1] * Math.sin(s));
        double sideRpm = Units.radPerSToRpm(-w[2]);
        // Held to the launch model's range (MAX_EXIT_VELOCITY_MPH, +-MAX_SPIN_RPM); counted, not hidden:
        // the mask goes with the ball and --profile reports the totals (ContactClamps).
        int clamps = (speed > MAX_EXIT_VELOCITY_MPH ? ContactClamps.SPEED : 0)
                | (Math.abs(backRpm) > MAX_SPIN_RPM ? ContactClamps.BACKSPIN : 0)
                | (Math.abs(sideRpm) > MAX_SPIN_RPM ? ContactClamps.SIDESPIN : 0);
        Launch launch = new Launch(Math.min(speed, MAX_EXIT_VELOCITY_MPH), la, Math.max(-180, Math.min(180, spray)),
                clamp(backRpm), clamp(sideRpm), Math.max(0.3, contactHeightFt));
        return new BattedBall(launch, offsetIn, batSpeedMph, q, clamps);
    }

    private static double clamp(double rpm) {
        return Math.max(-MAX_SPIN_RPM, Math.min(MAX_SPIN_RPM, rpm));
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
