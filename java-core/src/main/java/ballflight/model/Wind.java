package ballflight.model;

import ballflight.units.Units;

/**
 * A steady wind. The direction is where the wind blows TOWARD, in the field's spray convention:
 * 0° blows straight out to center field, positive toward right field. With a shear exponent
 * {@code alpha > 0} the speed follows the power law {@code speed * (z / referenceHeight)^alpha}
 * (z floored at 1 ft), otherwise it is the same at every height.
 *
 * @param speedMph wind speed at the reference height
 * @param directionDeg direction the wind blows toward (0 = out to center, + toward right field)
 * @param shearExponent power-law exponent (0 = no shear; open terrain ~0.14)
 * @param referenceHeightFt height at which {@code speedMph} holds
 */
public record Wind(double speedMph, double directionDeg, double shearExponent, double referenceHeightFt) {

    public static final Wind CALM = new Wind(0.0, 0.0, 0.0, 33.0);

    public Wind {
        InputField.WIND_SPEED.check(speedMph);
        InputField.WIND_DIRECTION.check(directionDeg);
        InputField.WIND_SHEAR_EXPONENT.check(shearExponent);
        InputField.WIND_REFERENCE_HEIGHT.check(referenceHeightFt);
    }

    /** A uniform wind (no shear). */
    public static Wind of(double speedMph, double directionDeg) {
        return new Wind(speedMph, directionDeg, 0.0, CALM.referenceHeightFt);
    }

    /**
     * Two winds blowing at once, added as vectors at the reference height (both uniform: a sheared
     * wind's profile is not a vector sum). The direction of a calm sum is 0.
     */
    public Wind plus(Wind other) {
        if (shearExponent != 0.0 || other.shearExponent != 0.0) {
            throw new IllegalArgumentException("only uniform winds add (shear exponent 0), got "
                    + shearExponent + " and " + other.shearExponent);
        }
        double x = xMps() + other.xMps();
        double y = yMps() + other.yMps();
        double speed = Units.mpsToMph(Math.hypot(x, y));
        return of(speed, speed == 0.0 ? 0.0 : Math.toDegrees(Math.atan2(x, y)));
    }

    /** x component (toward right field) at the reference height, m/s. */
    public double xMps() {
        return Units.mphToMps(speedMph) * Math.sin(Math.toRadians(directionDeg));
    }

    /** y component (toward center field) at the reference height, m/s. */
    public double yMps() {
        return Units.mphToMps(speedMph) * Math.cos(Math.toRadians(directionDeg));
    }
}
