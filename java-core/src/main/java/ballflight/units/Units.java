package ballflight.units;

/**
 * The one place where user-facing units (mph, ft, °F, inHg, rpm, degrees) become SI and back.
 * Everything below the API works in metres, seconds, kilograms and radians.
 */
public final class Units {
    public static final double METRES_PER_FOOT = 0.3048;
    public static final double METRES_PER_INCH = 0.0254;
    public static final double MPS_PER_MPH = 0.44704;
    public static final double KG_PER_OUNCE = 0.028349523125;
    public static final double MILLIMETRES_OF_MERCURY_PER_INCH = 25.4;
    public static final double RAD_PER_S_PER_RPM = 2.0 * Math.PI / 60.0;

    private Units() {
    }

    public static double feetToMetres(double feet) {
        return feet * METRES_PER_FOOT;
    }

    public static double metresToFeet(double metres) {
        return metres / METRES_PER_FOOT;
    }

    public static double inchesToMetres(double inches) {
        return inches * METRES_PER_INCH;
    }

    public static double metresToInches(double metres) {
        return metres / METRES_PER_INCH;
    }

    public static double mphToMps(double mph) {
        return mph * MPS_PER_MPH;
    }

    /** mph to ft/s, for the field's distances (a base path, a throw) kept in feet. */
    public static double mphToFtPerS(double mph) {
        return metresToFeet(mphToMps(mph));
    }

    public static double mpsToMph(double mps) {
        return mps / MPS_PER_MPH;
    }

    public static double ouncesToKg(double ounces) {
        return ounces * KG_PER_OUNCE;
    }

    public static double rpmToRadPerS(double rpm) {
        return rpm * RAD_PER_S_PER_RPM;
    }

    public static double radPerSToRpm(double radPerS) {
        return radPerS / RAD_PER_S_PER_RPM;
    }

    public static double fahrenheitToCelsius(double fahrenheit) {
        return (fahrenheit - 32.0) * 5.0 / 9.0;
    }

    public static double inHgToMmHg(double inHg) {
        return inHg * MILLIMETRES_OF_MERCURY_PER_INCH;
    }

    public static double ftPerS2ToMPerS2(double ftPerS2) {
        return ftPerS2 * METRES_PER_FOOT;
    }
}
