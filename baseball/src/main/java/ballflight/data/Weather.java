package ballflight.data;

import ballflight.model.Wind;

/**
 * The weather a game is played in.
 *
 * @param temperatureF air temperature at game time
 * @param wind wind relative to the field (toward 0 = blowing out to center)
 * @param roofClosed played under a closed roof (72 °F, no wind but the park's own breeze)
 */
public record Weather(double temperatureF, Wind wind, boolean roofClosed) {
    /** Under a closed roof: 72 °F and no weather, as the park model has always assumed. */
    public static final double ROOF_CLOSED_F = 72.0;

    /** Under the roof the only air moving is the park's own breeze and the roof's carry ({@link ParkBreeze}). */
    public static Weather underRoof(Wind parkBreeze) {
        return new Weather(ROOF_CLOSED_F, ParkBreeze.underRoof(parkBreeze), true);
    }
}
