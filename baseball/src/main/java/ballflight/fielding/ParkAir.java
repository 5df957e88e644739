package ballflight.fielding;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.data.ParkClimate;
import ballflight.data.Weather;
import ballflight.model.Wind;

/**
 * Which air to fly a ball in at each park: the park's typical game-time air (its average, or a
 * month's and a time of day's from its climate), optionally with an explicit temperature or wind
 * that then holds in every park (each park keeps its elevation).
 *
 * @param month month as a number (7.5 = mid-July), NaN for the park's season average
 * @param dayGame with a month: a day game (else night)
 * @param temperatureF explicit temperature for every park, NaN for the park's own
 * @param wind explicit wind for every park (relative to its field), null for the park's own breeze
 */
public record ParkAir(double month, boolean dayGame, double temperatureF, Wind wind) {
    /** Each park's season-average air, with its own breeze only. */
    public static final ParkAir AVERAGE = new ParkAir(Double.NaN, false, Double.NaN, null);

    public ParkAir {
        if (!Double.isNaN(month) && !(month >= 3.0 && month < 11.0)) {
            throw new IllegalArgumentException("month must be 3 to 10 (March to October), got " + month);
        }
    }

    /** The park as the ball finds it. */
    public Park apply(Park park, LeagueData data) {
        Weather typical;
        if (Double.isNaN(month)) {
            typical = new Weather(park.atmosphere().temperatureF(), park.wind(), false);
        } else {
            ParkClimate c = data.climate(park.team());
            typical = c.typical(month, dayGame);
        }
        double temp = Double.isNaN(temperatureF) ? typical.temperatureF() : temperatureF;
        Wind w = wind != null ? wind : typical.wind();
        return park.inWeather(new Weather(temp, w, typical.roofClosed()));
    }
}
