package ballflight.model;

import ballflight.units.Units;

/**
 * Weather at the park. Air density follows Nathan's trajectory calculator: the barometric
 * pressure (as reported, i.e. sea-level corrected) is reduced by {@code exp(-beta * elevation)}
 * with {@code beta = 1.217e-4 / m}, and water vapour (saturation pressure from a Magnus-type
 * formula times relative humidity) replaces some of the dry air.
 *
 * @param temperatureF air temperature in °F
 * @param elevationFt park elevation above sea level in feet
 * @param pressureInHg barometric pressure in inches of mercury
 * @param relativeHumidityPct relative humidity in percent
 */
public record Atmosphere(double temperatureF, double elevationFt, double pressureInHg,
                         double relativeHumidityPct) {

    /** 70 °F, sea level, 29.92 inHg, 50 % relative humidity. */
    public static final Atmosphere STANDARD = new Atmosphere(70.0, 0.0, 29.92, 50.0);

    static final double ELEVATION_BETA_PER_M = 1.217e-4;

    public Atmosphere {
        InputField.TEMPERATURE.check(temperatureF);
        InputField.ELEVATION.check(elevationFt);
        InputField.PRESSURE.check(pressureInHg);
        InputField.HUMIDITY.check(relativeHumidityPct);
    }

    /** Air density in kg/m³ (Nathan's formula; 1.194 at the standard day). */
    public double airDensityKgPerM3() {
        double tempC = Units.fahrenheitToCelsius(temperatureF);
        double saturationMmHg = 4.5841 * Math.exp((18.687 - tempC / 234.5) * tempC / (257.14 + tempC));
        double elevationM = Units.feetToMetres(elevationFt);
        double pressureMmHg = Units.inHgToMmHg(pressureInHg) * Math.exp(-ELEVATION_BETA_PER_M * elevationM);
        double vapourMmHg = 0.3783 * relativeHumidityPct * saturationMmHg / 100.0;
        return 1.2929 * (273.0 / (tempC + 273.0)) * (pressureMmHg - vapourMmHg) / 760.0;
    }

    public Atmosphere withTemperatureF(double t) {
        return new Atmosphere(t, elevationFt, pressureInHg, relativeHumidityPct);
    }

    public Atmosphere withElevationFt(double e) {
        return new Atmosphere(temperatureF, e, pressureInHg, relativeHumidityPct);
    }

    public Atmosphere withPressureInHg(double p) {
        return new Atmosphere(temperatureF, elevationFt, p, relativeHumidityPct);
    }

    public Atmosphere withRelativeHumidityPct(double h) {
        return new Atmosphere(temperatureF, elevationFt, pressureInHg, h);
    }
}
