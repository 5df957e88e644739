package ballflight.data;

import ballflight.model.Wind;

/**
 * The carry a park adds beyond its air, as a steady breeze toward (or in from) center field.
 * Savant's 2025 park distances split each park's extra carry of a fly ball into temperature,
 * elevation, roof and the rest ({@code Env}: wind and whatever else the park's air does; +10.2 ft
 * at Sacramento, -7.5 ft at Steinbrenner Field). The engine's own air reproduces the temperature and
 * elevation parts (r 0.997, slope 0.99 over the 30 parks: docs/CALIBRATION.md); the rest is played
 * as this breeze, in every game there, roof open or closed, so it adds to each game's drawn wind.
 * Savant's roof part (a closed roof carries a fly ball farther than open air at the same
 * temperature) is played the same way in the games under the roof.
 */
public final class ParkBreeze {
    /**
     * Feet of carry per mph of wind blowing out to center, averaged over fly balls spread ±40° (the
     * engine's, 400 balls at 92-108 mph and 22-36°, 406 ft in still air: 3.33 ft per mph).
     */
    static final double CARRY_FT_PER_MPH = 3.33;
    /**
     * A closed roof's own carry: Savant's roof part over the park's closed share is 3.7-3.9 ft at the
     * six parks with a roof closed in at least half their 2025 games (Houston 3.7 / 0.98, Texas 3.5 /
     * 0.91, Arizona 3.1 / 0.81, Miami 3.0 / 0.80, Toronto 2.0 / 0.53, Milwaukee 1.7 / 0.45).
     */
    static final double ROOF_CLOSED_CARRY_FT = 3.8;

    private ParkBreeze() {
    }

    /**
     * The breeze that makes the park's mean carry {@code carryFt} when its drawn winds already
     * carry the ball {@code patternOutMph} out to center on average (Wrigley's prevailing winds).
     */
    static Wind of(double carryFt, double patternOutMph) {
        return outward(carryFt / CARRY_FT_PER_MPH - patternOutMph);
    }

    /** The breeze under a closed roof: the park's own and the roof's carry. */
    static Wind underRoof(Wind parkBreeze) {
        return parkBreeze.plus(outward(ROOF_CLOSED_CARRY_FT / CARRY_FT_PER_MPH));
    }

    /** The park's mean wind over its games: its carry beyond the air and the roof's in the closed share. */
    static Wind seasonMean(double carryFt, double roofClosedShare) {
        return of(carryFt + roofClosedShare * ROOF_CLOSED_CARRY_FT, 0.0);
    }

    /** A wind of {@code outMph} blowing out to center (in from center when negative). */
    static Wind outward(double outMph) {
        return Wind.of(Math.abs(outMph), outMph >= 0.0 ? 0.0 : 180.0);
    }
}
