package ballflight.data;

import ballflight.model.Atmosphere;

/**
 * The air the 2025 league pitched in, on average: the 30 parks' mean game temperature and
 * elevation at standard pressure and humidity (the neutral park of {@code LeagueData}). The 2025
 * whiff rates were earned with the break pitches have in this air; a pitch in thinner air breaks
 * less (spin-induced force scales with the density) and fools hitters by less.
 */
public final class LeagueAir {
    /** 73.3 °F and 519 ft: the mean over the 2025 parks (climate.csv, parks.csv). */
    public static final Atmosphere ATMOSPHERE = new Atmosphere(73.3, 519.0, 29.92, 50.0);
    public static final double DENSITY_KG_PER_M3 = ATMOSPHERE.airDensityKgPerM3();

    private LeagueAir() {
    }

    /**
     * The break scale of the air a player's 2025 rates were earned in: half his games at his home park
     * (air of {@code homeDensityKgPerM3}), half around the league. 0.917 for a Rockie, within 2 % of 1
     * for everyone else.
     */
    public static double ratesBreakScale(double homeDensityKgPerM3) {
        return 0.5 * (breakScale(homeDensityKgPerM3) + 1.0);
    }

    /** How much a pitch breaks in air of {@code densityKgPerM3} relative to the league's air. */
    public static double breakScale(double densityKgPerM3) {
        return densityKgPerM3 / DENSITY_KG_PER_M3;
    }
}
