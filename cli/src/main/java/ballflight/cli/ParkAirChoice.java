package ballflight.cli;

import ballflight.fielding.ParkAir;
import ballflight.model.InputException;
import ballflight.model.Wind;

/**
 * The air a {@code parks} question is asked in, checked the same way from the command line and
 * from {@code POST /v1/parks}: each park's season air, a month's typical air (day or night), or a
 * temperature and/or wind set in every park. Only the names in the messages differ.
 *
 * @param month "--month" or "month" and so on: how the caller names each choice in messages
 */
record ParkAirChoice(String month, String day, String night, String windSpeed, String windDirection) {
    static final ParkAirChoice OPTIONS = new ParkAirChoice("--month", "--day", "--night", "--wind-speed", "--wind-dir");
    /** JSON has one field for day or night, so the two cannot both be asked for. */
    static final ParkAirChoice JSON_FIELDS = new ParkAirChoice("month", "time_of_day", "time_of_day", "wind_speed_mph",
            "wind_direction_deg");
    static final int FIRST_MONTH = 3;
    static final int LAST_MONTH = 10;

    /**
     * @param monthValue null: no month
     * @param temperatureF NaN: each park's own
     * @param windMph, windDirectionDeg both NaN, or both given (already range-checked)
     */
    ParkAir resolve(Integer monthValue, boolean dayGame, boolean nightGame, double temperatureF, double windMph,
                    double windDirectionDeg) {
        if (dayGame && nightGame) {
            throw new InputException(strip(day), day + " and " + night + ": choose one");
        }
        if ((dayGame || nightGame) && monthValue == null) {
            throw new InputException(strip(month), (dayGame ? day : night) + " needs " + month);
        }
        if (monthValue != null && (monthValue < FIRST_MONTH || monthValue > LAST_MONTH)) {
            throw new InputException(strip(month), month + ": month = " + monthValue + " is out of range: allowed "
                    + FIRST_MONTH + " to " + LAST_MONTH);
        }
        if (Double.isNaN(windMph) != Double.isNaN(windDirectionDeg)) {
            throw new InputException("wind", Double.isNaN(windMph) ? windDirection + " needs " + windSpeed
                    : windSpeed + " needs " + windDirection);
        }
        Wind wind = Double.isNaN(windMph) ? null : Wind.of(windMph, windDirectionDeg);
        return new ParkAir(monthValue == null ? Double.NaN : monthValue + 0.5, dayGame, temperatureF, wind);
    }

    private static String strip(String name) {
        return name.startsWith("--") ? name.substring(2) : name;
    }
}
