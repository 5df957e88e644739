package ballflight.model;

import ballflight.units.Units;

/**
 * A batted ball as it leaves the bat, in the units the game talks in.
 *
 * <p>Spray 0° is straight to center, positive toward right field. Backspin turns about the
 * horizontal axis perpendicular to the spray line (positive lifts the ball; negative is
 * topspin). Sidespin turns about the vertical axis; positive curves the ball to the right of
 * its flight as seen from home plate.
 *
 * @param exitVelocityMph speed off the bat, mph
 * @param launchAngleDeg vertical launch angle, degrees above horizontal
 * @param sprayAngleDeg horizontal direction, degrees (0 = center, + toward right field)
 * @param backspinRpm backspin (negative = topspin), rpm
 * @param sidespinRpm sidespin (positive curves to the right), rpm
 * @param contactHeightFt height of the ball at contact above the ground at home plate, ft
 */
public record Launch(double exitVelocityMph, double launchAngleDeg, double sprayAngleDeg,
                     double backspinRpm, double sidespinRpm, double contactHeightFt) {

    public static final double DEFAULT_CONTACT_HEIGHT_FT = 3.0;

    public Launch {
        InputField.EXIT_VELOCITY.check(exitVelocityMph);
        InputField.LAUNCH_ANGLE.check(launchAngleDeg);
        InputField.SPRAY_ANGLE.check(sprayAngleDeg);
        InputField.BACKSPIN.check(backspinRpm);
        InputField.SIDESPIN.check(sidespinRpm);
        InputField.CONTACT_HEIGHT.check(contactHeightFt);
    }

    /** A ball hit to center with no spin from the default contact height. */
    public static Launch of(double exitVelocityMph, double launchAngleDeg) {
        return new Launch(exitVelocityMph, launchAngleDeg, 0.0, 0.0, 0.0, DEFAULT_CONTACT_HEIGHT_FT);
    }

    public Launch withExitVelocityMph(double v) {
        return new Launch(v, launchAngleDeg, sprayAngleDeg, backspinRpm, sidespinRpm, contactHeightFt);
    }

    public Launch withLaunchAngleDeg(double a) {
        return new Launch(exitVelocityMph, a, sprayAngleDeg, backspinRpm, sidespinRpm, contactHeightFt);
    }

    public Launch withSprayAngleDeg(double a) {
        return new Launch(exitVelocityMph, launchAngleDeg, a, backspinRpm, sidespinRpm, contactHeightFt);
    }

    public Launch withBackspinRpm(double rpm) {
        return new Launch(exitVelocityMph, launchAngleDeg, sprayAngleDeg, rpm, sidespinRpm, contactHeightFt);
    }

    public Launch withSidespinRpm(double rpm) {
        return new Launch(exitVelocityMph, launchAngleDeg, sprayAngleDeg, backspinRpm, rpm, contactHeightFt);
    }

    public Launch withContactHeightFt(double h) {
        return new Launch(exitVelocityMph, launchAngleDeg, sprayAngleDeg, backspinRpm, sidespinRpm, h);
    }

    /** Position, velocity and spin vector in SI field coordinates. */
    public InitialState toInitialState() {
        double speed = Units.mphToMps(exitVelocityMph);
        double la = Math.toRadians(launchAngleDeg);
        double spray = Math.toRadians(sprayAngleDeg);
        double sinSpray = Math.sin(spray);
        double cosSpray = Math.cos(spray);
        double horizontal = speed * Math.cos(la);
        double back = Units.rpmToRadPerS(backspinRpm);
        double side = Units.rpmToRadPerS(sidespinRpm);
        // Backspin axis (cos, -sin, 0) makes omega x v point up; sidespin about -z curves toward +x.
        return new InitialState(0.0, 0.0, Units.feetToMetres(contactHeightFt),
                horizontal * sinSpray, horizontal * cosSpray, speed * Math.sin(la),
                back * cosSpray, -back * sinSpray, -side);
    }
}
