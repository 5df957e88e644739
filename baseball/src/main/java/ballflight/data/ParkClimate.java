package ballflight.data;

import ballflight.model.Wind;
import java.util.random.RandomGenerator;

/**
 * A park's game-time climate: how warm it is by month and time of day, how the wind blows, and
 * how often the roof is closed. The season's average temperature is Savant's game-time average
 * for the park; the month shape is a cosine through the warmest month, scaled so the warmest month
 * is {@code swingF} warmer than April (monthly normals, docs/DATA.md); day games are
 * {@value #DAY_MINUS_NIGHT_F} °F warmer than night games. Each game adds day-to-day scatter
 * (sd {@value #DAILY_SD_F} °F) and a wind drawn from the park's distribution. Sources and which
 * values are chosen rather than measured: docs/DATA.md.
 *
 * @param team home team
 * @param averageTempF Savant's average game-time temperature
 * @param dayShare share of day games (Savant)
 * @param roofClosedShare share of games under a closed roof (Savant; 0 for open parks)
 * @param swingF warmest month's mean minus April's, °F
 * @param peakMonth the warmest time of year as a month number (7.5 = mid-July)
 * @param windMeanMph mean game-time wind speed
 * @param windTowardDeg the prevailing direction the wind blows toward (field convention), NaN if none
 * @param prevailingShare share of games with the prevailing direction (the rest: any direction)
 * @param springTowardDeg prevailing direction in April and May if different (Wrigley), NaN if the same
 * @param breeze the park's steady breeze ({@link ParkBreeze}), added to every game's wind
 */
public record ParkClimate(String team, double averageTempF, double dayShare, double roofClosedShare, double swingF,
                          double peakMonth, double windMeanMph, double windTowardDeg, double prevailingShare,
                          double springTowardDeg, Wind breeze) {
    /** A day game's first pitch is in the afternoon, a night game's about 7 pm: chosen, °F. */
    static final double DAY_MINUS_NIGHT_F = 6.0;
    /** Day-to-day scatter of game-time temperature about the normal: chosen, °F. */
    static final double DAILY_SD_F = 6.0;
    /** Scatter of the wind about its prevailing direction: chosen, degrees. */
    static final double PREVAILING_SD_DEG = 25.0;
    /** The season runs from April (month 4.0) to the end of September (10.0). */
    private static final double SEASON_START = 4.0;
    private static final double SEASON_END = 10.0;

    /** The same climate with the breeze that gives the park {@code carryFt} of carry beyond its air on average. */
    public ParkClimate withCarryFt(double carryFt) {
        return new ParkClimate(team, averageTempF, dayShare, roofClosedShare, swingF, peakMonth, windMeanMph, windTowardDeg,
                prevailingShare, springTowardDeg, ParkBreeze.of(carryFt, patternOutMph()));
    }

    /**
     * How far out to center the drawn winds blow on average over the season's games, mph (April-May
     * at the spring direction; none under a closed roof): what the park's breeze need not add.
     */
    double patternOutMph() {
        double springShare = (6.0 - SEASON_START) / (SEASON_END - SEASON_START);
        return (1 - roofClosedShare) * (springShare * patternOutMph(5.0) + (1 - springShare) * patternOutMph(7.5));
    }

    /**
     * How far out to center the drawn winds blow on average in an open-roof game of a month, mph:
     * the prevailing share times the mean speed times the mean cosine of its direction (the
     * scatter's e^(-sd²/2)); the other games' winds cancel.
     */
    double patternOutMph(double month) {
        double toward = prevailingTowardDeg(month);
        if (Double.isNaN(toward)) {
            return 0.0;
        }
        double sd = Math.toRadians(PREVAILING_SD_DEG);
        return prevailingShare * windMeanMph * Math.exp(-sd * sd / 2) * Math.cos(Math.toRadians(toward));
    }

    private double prevailingTowardDeg(double month) {
        return month < 6.0 && !Double.isNaN(springTowardDeg) ? springTowardDeg : windTowardDeg;
    }

    /** The month as a number: 4.0 is April 1st, 4.5 mid-April; from yyyymmdd. */
    public static double monthOf(String yyyymmdd) {
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return month + (day - 1) / 31.0;
    }

    /** Typical game-time temperature for a month and time of day (no scatter). */
    public double temperatureF(double month, boolean dayGame) {
        return averageTempF + amplitudeF() * (seasonal(month) - seasonMeanOfSeasonal())
                + DAY_MINUS_NIGHT_F * ((dayGame ? 1.0 : 0.0) - dayShare);
    }

    /**
     * The typical air of a month and time of day: closed roof if it is closed most of the time; the
     * park's breeze and the month's mean prevailing wind.
     */
    public Weather typical(double month, boolean dayGame) {
        return roofClosedShare > 0.5 ? Weather.underRoof(breeze)
                : new Weather(temperatureF(month, dayGame), breeze.plus(ParkBreeze.outward(patternOutMph(month))), false);
    }

    /** One game's weather, drawn from the park's climate with {@code rng}. */
    public Weather sample(double month, boolean dayGame, RandomGenerator rng) {
        if (rng.nextDouble() < roofClosedShare) {
            return Weather.underRoof(breeze);
        }
        double temp = temperatureF(month, dayGame) + DAILY_SD_F * rng.nextGaussian();
        // Wind speed: Weibull with shape 2 (Rayleigh), the usual model of surface wind speeds.
        double speed = windMeanMph * Math.sqrt(-4.0 / Math.PI * Math.log(1.0 - rng.nextDouble()));
        double toward;
        double prevailing = prevailingTowardDeg(month);
        if (!Double.isNaN(prevailing) && rng.nextDouble() < prevailingShare) {
            toward = prevailing + PREVAILING_SD_DEG * rng.nextGaussian();
        } else {
            toward = 360.0 * rng.nextDouble() - 180.0;
        }
        return new Weather(Math.max(-40.0, Math.min(130.0, temp)), Wind.of(Math.min(60.0, speed), wrap(toward)).plus(breeze), false);
    }

    private static double wrap(double deg) {
        double d = ((deg + 180.0) % 360.0 + 360.0) % 360.0 - 180.0;
        return d;
    }

    private double seasonal(double month) {
        return Math.cos(2.0 * Math.PI * (month - peakMonth) / 12.0);
    }

    /** Cosine amplitude that makes the warmest month {@code swingF} warmer than mid-April. */
    private double amplitudeF() {
        return swingF / (1.0 - seasonal(SEASON_START + 0.5));
    }

    /** The cosine's mean over April to September, so the season's mean stays Savant's average. */
    private double seasonMeanOfSeasonal() {
        double w = 2.0 * Math.PI / 12.0;
        return (Math.sin(w * (SEASON_END - peakMonth)) - Math.sin(w * (SEASON_START - peakMonth))) / (w * (SEASON_END - SEASON_START));
    }
}
