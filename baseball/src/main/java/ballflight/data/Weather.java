package ballflight.data;

import ballflight.model.Wind;

/**
 * The weather a game is played in.
 *
 * @param temperatureF air temperature at game time
 * @param wind wind relative to the field (toward 0 = blowing out to center)
 * @param roofClosed played under a closed roof (72 °F, no wind)
 */
public record Weather(double temperatureF, Wind wind, boolean roofClosed) {
    /** Under a closed roof: 72 °F and still air, as the park model has always assumed. */
    public static final double ROOF_CLOSED_F = 72.0;

    public static Weather underRoof() {
        return new Weather(ROOF_CLOSED_F, Wind.CALM, true);
    }
}
