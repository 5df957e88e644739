package ballflight.cli;

import ballflight.model.EndReason;
import ballflight.model.FlightResult;
import ballflight.model.PathPoint;
import ballflight.units.Decimals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code fly} reports for one ball, as an ordered list of named fields: the single source
 * for the text, CSV and JSON formats, so they can never disagree on names, order or rounding.
 *
 * @param fields the values, in output order
 * @param path recorded path (empty unless {@code --path-interval} was given)
 */
record FlightReport(List<Field> fields, List<PathPoint> path) {

    /** Decimals kept in machine formats (CSV, JSON): 0.001 ft / s is far below the model's accuracy. */
    static final int MACHINE_DECIMALS = 3;

    /** Columns {@code fly --input} appends to every row. */
    static final List<String> BATCH_COLUMNS =
            List.of("distance_ft", "hang_time_s", "apex_ft", "landing_x_ft", "landing_y_ft");

    /**
     * The value of {@code BATCH_COLUMNS.get(column)} for {@code r}, unrounded (NaN: not applicable).
     * The file stream asks for these directly: building the whole report per row was most of its
     * writer's time.
     */
    static double batchValue(FlightResult r, int column) {
        return switch (column) {
            case 0 -> r.distanceFt();
            case 1 -> r.hangTimeS();
            case 2 -> r.apexFt();
            case 3 -> r.landingXFt();
            case 4 -> r.landingYFt();
            default -> throw new IndexOutOfBoundsException("batch column " + column);
        };
    }

    /**
     * One reported value.
     *
     * @param key snake_case name (CSV column, JSON key)
     * @param label human label for text output
     * @param unit unit for text output
     * @param textDecimals decimals in text output
     * @param value a {@link Double} (NaN = not applicable), a {@link Boolean} or a {@link String}
     */
    record Field(String key, String label, String unit, int textDecimals, Object value) {

        /** The value for CSV/JSON: rounded number, boolean, or null when not applicable. */
        Object machineValue() {
            if (value instanceof Double d) {
                return Double.isNaN(d) ? null : Decimals.round(d, MACHINE_DECIMALS);
            }
            return value;
        }

        /** The value for text output, without the unit. */
        String text() {
            if (value instanceof Double d) {
                return Double.isNaN(d) ? "n/a" : Numbers.fixed(d, textDecimals);
            }
            if (value instanceof String text) {
                return text;
            }
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
    }

    static FlightReport of(FlightResult r, boolean hasFence) {
        return of(r, hasFence, true);
    }

    /** @param withPath false leaves out a path that was recorded for another use (a chart) */
    static FlightReport of(FlightResult r, boolean hasFence, boolean withPath) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("distance_ft", "distance", "ft", 1, r.distanceFt()));
        f.add(new Field("hang_time_s", "hang time", "s", 2, r.hangTimeS()));
        f.add(new Field("apex_ft", "apex", "ft", 1, r.apexFt()));
        f.add(new Field("apex_time_s", "apex time", "s", 2, r.apexTimeS()));
        f.add(new Field("landing_x_ft", "landing x", "ft", 1, r.landingXFt()));
        f.add(new Field("landing_y_ft", "landing y", "ft", 1, r.landingYFt()));
        f.add(new Field("landing_speed_mph", "landing speed", "mph", 1, r.landingSpeedMph()));
        f.add(new Field("landing_angle_deg", "landing angle", "deg", 1, r.landingAngleDeg()));
        if (hasFence) {
            f.add(new Field("height_at_fence_ft", "height at fence", "ft", 1, r.heightAtFenceFt()));
            f.add(new Field("clears_fence", "clears fence", "", 0, r.clearsFence()));
        }
        if (r.endReason() != EndReason.GROUND) {
            // Only shown when the ball did not come down: "landing" is then where the flight stopped.
            f.add(new Field("end_reason", "flight ended by", "", 0, r.endReason().name().toLowerCase(Locale.ROOT)));
        }
        return new FlightReport(List.copyOf(f), withPath ? r.path() : List.of());
    }

    /** The field named {@code key}; fails if there is none (a programming error). */
    Field field(String key) {
        return fields.stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report field " + key));
    }

    /** The machine form (JSON): snake_case keys in order, rounded numbers, null when not applicable, plus {@code path}. */
    Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Field f : fields) {
            json.put(f.key(), f.machineValue());
        }
        if (!path.isEmpty()) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (PathPoint p : path) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("time_s", Decimals.round(p.timeS(), MACHINE_DECIMALS));
                point.put("x_ft", Decimals.round(p.xFt(), MACHINE_DECIMALS));
                point.put("y_ft", Decimals.round(p.yFt(), MACHINE_DECIMALS));
                point.put("z_ft", Decimals.round(p.zFt(), MACHINE_DECIMALS));
                points.add(point);
            }
            json.put("path", points);
        }
        return json;
    }
}
