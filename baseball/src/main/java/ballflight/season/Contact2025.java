package ballflight.season;

import ballflight.game.ResourceTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 2025's league contact profile in the keys of {@link ballflight.pa.ContactProfile#values()}: batted-ball
 * weighted means over the hitters of Savant's exit-velocity and batted-ball leaderboards, the
 * home-run distance weighted by home runs (`docs/data/extract_mlb2025.py`). A check beside the
 * engine's, never an engine input.
 */
public final class Contact2025 {
    private static final Map<String, Double> VALUES = load();

    private Contact2025() {
    }

    /** The 2025 value of a key, NaN when 2025's data has none (the home runs' directions). */
    public static double of(String key) {
        return VALUES.getOrDefault(key, Double.NaN);
    }

    public static Map<String, Double> values() {
        return VALUES;
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String[] row : ResourceTable.load("/mlb-2025/check/contact.csv", "measure", "value").rows()) {
            m.put(row[0], Double.parseDouble(row[1]));
        }
        return Collections.unmodifiableMap(m);
    }
}
