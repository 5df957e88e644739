package ballflight.kernel;

import java.util.Locale;

/**
 * Integration step presets. Coarser steps are faster; the landing point is interpolated inside
 * the last step, so even EXTREME stays within a quarter foot (see docs/ACCURACY.md).
 */
public enum SimulationMode {
    ACCURATE(0.001),
    FAST(0.002),
    ULTRA_FAST(0.005),
    EXTREME(0.010);

    private final double dtSeconds;

    SimulationMode(double dtSeconds) {
        this.dtSeconds = dtSeconds;
    }

    public double dtSeconds() {
        return dtSeconds;
    }

    /** Parses {@code accurate|fast|ultra_fast|extreme} (case-insensitive, '-' allowed for '_'). */
    public static SimulationMode parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SimulationMode m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new ballflight.model.InputException("mode",
                "mode = '" + text + "' is not one of: accurate, fast, ultra_fast, extreme");
    }
}
