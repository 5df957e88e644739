package ballflight.projection;

import java.util.List;
import java.util.Locale;

/**
 * One property of a park: a fence distance, the wall height, the elevation, the game temperature,
 * or the roof closed (games at 72 F, as the data does for closed-roof games).
 *
 * @param team home team of the park
 * @param field one of {@link #FIELDS}
 * @param value the new value (ft or F); ignored for {@code roof}
 */
public record ParkChange(String team, String field, double value) implements Change {
    /** What a park change may set. */
    public static final List<String> FIELDS = List.of("left_line_ft", "left_gap_ft", "center_ft", "right_gap_ft",
            "right_line_ft", "fence_height_ft", "elevation_ft", "temperature_f", "roof");
    /** Closed-roof game temperature, F. */
    public static final double ROOF_CLOSED_F = 72.0;

    @Override
    public String canonical() {
        return field.equals("roof") ? "park," + team + ",roof,closed"
                : String.format(Locale.ROOT, "park,%s,%s,%s", team, field, Double.toString(value));
    }

    @Override
    public void applyTo(LeagueEdit edit) {
        edit.park(team, field, value);
    }
}
