package ballflight.bench;

import ballflight.model.Atmosphere;
import ballflight.model.FlightRequest;
import ballflight.model.InitialState;
import ballflight.model.Launch;
import ballflight.model.Wind;
import ballflight.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The flights every benchmark measures: the reference batted ball, the reference pitch, and a
 * fixed seeded spread of realistic batted balls and pitches, so every run measures the same work.
 */
public final class Flights {
    public static final long SEED = 20251129L;
    /** Front of home plate: a pitch stops when it crosses y = 17 in. */
    public static final double PLATE_FRONT_FT = 17.0 / 12.0;
    /** One flight in this many of the spread is a pitch. */
    public static final int PITCH_EVERY = 4;

    private Flights() {
    }

    /** 100 mph, 28 deg, 1800 rpm backspin: about 409 ft, 5.24 s. */
    public static FlightRequest battedBall() {
        return FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800));
    }

    /**
     * A 95 mph four-seamer released 55 ft from the plate point at 6 ft, 1.5 deg downward, 2300 rpm
     * of backspin (spin vector along -x: lift up for a ball moving toward -y), stopped at the front
     * of the plate: about 0.4 s.
     */
    public static FlightRequest pitch() {
        return pitch(95, 6.0, -1.5, 2300);
    }

    static FlightRequest pitch(double speedMph, double releaseHeightFt, double angleDeg, double backspinRpm) {
        double v = Units.mphToMps(speedMph);
        double a = Math.toRadians(angleDeg);
        InitialState start = new InitialState(0, Units.feetToMetres(55), Units.feetToMetres(releaseHeightFt),
                0, -v * Math.cos(a), v * Math.sin(a), -Units.rpmToRadPerS(backspinRpm), 0, 0);
        return new FlightRequest(start, Atmosphere.STANDARD, Wind.CALM, null, Double.NaN)
                .withStopPlaneYFt(PLATE_FRONT_FT);
    }

    /**
     * {@code n} flights: every {@value #PITCH_EVERY}th a pitch (70-100 mph, 1500-2700 rpm), the
     * others batted balls (EV 40-120 mph, LA -30..70 deg, spray ±45 deg, backspin 500-3500 rpm,
     * sidespin ±800 rpm, 50-95 F, half of them with up to 15 mph of wind). A prefix of a longer
     * spread: {@code spread(n)} is the first n flights of {@code spread(m)} for m > n.
     */
    public static List<FlightRequest> spread(int n) {
        SplittableRandom rng = new SplittableRandom(SEED);
        List<FlightRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % PITCH_EVERY == PITCH_EVERY - 1) {
                out.add(pitch(70 + 30 * rng.nextDouble(), 5.5 + rng.nextDouble(), -3 + 2.5 * rng.nextDouble(),
                        1500 + 1200 * rng.nextDouble()));
                continue;
            }
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
