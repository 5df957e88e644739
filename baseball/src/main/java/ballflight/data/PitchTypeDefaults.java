package ballflight.data;

import java.util.Map;

/**
 * League-typical figures per pitch type for what the 2025 leaderboards do not give per pitcher
 * (speed relative to his fastball, spin rate, and the active spin or spin direction of the many
 * pitchers without one), for a right-hander; left-handers mirror the clock. Approximate 2025
 * Statcast league values, documented in docs/DATA.md.
 *
 * @param speedOffsetMph release speed minus the pitcher's average fastball speed
 * @param spinRpm league spin rate
 * @param activeSpin league active-spin fraction
 * @param clockHours league spin direction for a right-hander
 * @param whiffRate league whiffs per swing
 */
public record PitchTypeDefaults(double speedOffsetMph, double spinRpm, double activeSpin, double clockHours,
                                double whiffRate) {

    private static final Map<String, PitchTypeDefaults> BY_TYPE = Map.ofEntries(
            Map.entry("FF", new PitchTypeDefaults(0.0, 2300, 0.91, 1.25, 0.21)),
            Map.entry("SI", new PitchTypeDefaults(-0.8, 2150, 0.90, 2.25, 0.13)),
            Map.entry("FC", new PitchTypeDefaults(-4.5, 2400, 0.48, 12.25, 0.23)),
            Map.entry("SL", new PitchTypeDefaults(-8.5, 2450, 0.36, 9.0, 0.33)),
            Map.entry("ST", new PitchTypeDefaults(-11.0, 2600, 0.60, 9.0, 0.31)),
            Map.entry("SV", new PitchTypeDefaults(-13.0, 2550, 0.65, 8.0, 0.33)),
            Map.entry("CU", new PitchTypeDefaults(-14.5, 2550, 0.72, 7.0, 0.31)),
            Map.entry("KC", new PitchTypeDefaults(-11.5, 2400, 0.70, 7.0, 0.33)),
            Map.entry("CH", new PitchTypeDefaults(-8.5, 1750, 0.88, 2.25, 0.31)),
            Map.entry("FS", new PitchTypeDefaults(-7.5, 1300, 0.72, 1.75, 0.34)),
            Map.entry("FO", new PitchTypeDefaults(-9.0, 1000, 0.70, 1.75, 0.30)),
            Map.entry("SC", new PitchTypeDefaults(-12.0, 2000, 0.70, 2.75, 0.30)),
            Map.entry("KN", new PitchTypeDefaults(-19.0, 300, 0.50, 12.0, 0.25)),
            Map.entry("EP", new PitchTypeDefaults(-40.0, 1500, 0.70, 12.0, 0.10)));

    /** Defaults for a type; an unknown code is treated as a changeup. */
    public static PitchTypeDefaults of(String type) {
        return BY_TYPE.getOrDefault(type, BY_TYPE.get("CH"));
    }

    /** The family of a pitch type: how it is located and chosen by count. */
    public static PitchFamily family(String type) {
        return switch (type) {
            case "FF", "SI", "FC" -> PitchFamily.FASTBALL;
            case "SL", "ST", "SV", "CU", "KC", "KN" -> PitchFamily.BREAKING;
            default -> PitchFamily.OFFSPEED;
        };
    }
}
