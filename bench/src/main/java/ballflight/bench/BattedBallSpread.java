package ballflight.bench;

import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed, seeded spread of realistic batted balls (EV 40-120 mph, LA -30..70 deg,
 * spin 500-3500 rpm, some wind) so every benchmark run measures the same work.
 */
public final class BattedBallSpread {
    public static final long SEED = 20251129L;

    private BattedBallSpread() {
    }

    public static List<FlightRequest> of(int n) {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<FlightRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Launch launch = new Launch(40 + 80 * rng.nextDouble(), -30 + 100 * rng.nextDouble(),
                    -45 + 90 * rng.nextDouble(), 500 + 3000 * rng.nextDouble(),
                    -800 + 1600 * rng.nextDouble(), Launch.DEFAULT_CONTACT_HEIGHT_FT);
            Wind wind = rng.nextDouble() < 0.5 ? Wind.CALM : Wind.of(15 * rng.nextDouble(), -180 + 360 * rng.nextDouble());
            Atmosphere air = Atmosphere.STANDARD.withTemperatureF(50 + 45 * rng.nextDouble());
            out.add(FlightRequest.of(launch).withWind(wind).withAtmosphere(air));
        }
        return out;
    }
}
