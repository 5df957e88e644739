package ballflight.spark;

import ballflight.model.InputField;
import ballflight.model.Launch;
import ballflight.model.StatcastBall;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where a DataFrame keeps a ball's launch: the columns of {@code fly --input} (exit velocity and
 * launch angle required; spray, spins and contact height optional, defaulting as the CLI does).
 * Checked against the schema before anything runs, so a missing or mistyped column fails at
 * analysis time with its name.
 */
record BallColumns(int exitVelocity, int launchAngle, int spray, int backspin, int sidespin, int contactHeight,
                   int hitX, int hitY, boolean savant) implements Serializable {
    /** Baseball Savant's names for exit velocity and launch angle (a search export as downloaded). */
    static final String SAVANT_SPEED = "launch_speed";
    static final String SAVANT_ANGLE = "launch_angle";
    static final List<String> RESULT_COLUMNS = List.of("distance_ft", "hang_time_s", "apex_ft", "landing_x_ft",
            "landing_y_ft");

    static BallColumns of(StructType schema) {
        for (String r : RESULT_COLUMNS) {
            if (index(schema, r, false) >= 0) {
                throw new IllegalArgumentException("column " + r + " already exists: fly adds it (rename or drop it first)");
            }
        }
        boolean savant = index(schema, InputField.EXIT_VELOCITY.column(), false) < 0
                && index(schema, SAVANT_SPEED, false) >= 0;
        return new BallColumns(index(schema, savant ? SAVANT_SPEED : InputField.EXIT_VELOCITY.column(), true),
                index(schema, savant ? SAVANT_ANGLE : InputField.LAUNCH_ANGLE.column(), true),
                index(schema, InputField.SPRAY_ANGLE.column(), false),
                index(schema, InputField.BACKSPIN.column(), false), index(schema, InputField.SIDESPIN.column(), false),
                index(schema, InputField.CONTACT_HEIGHT.column(), false), savant ? index(schema, "hc_x", false) : -1,
                savant ? index(schema, "hc_y", false) : -1, savant);
    }

    private static int index(StructType schema, String name, boolean required) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                StructField f = schema.fields()[i];
                if (!(f.dataType() instanceof NumericType)) {
                    throw new IllegalArgumentException("column " + name + " has type " + f.dataType().simpleString()
                            + "; it must be numeric (double, float, int, long, decimal)");
                }
                return i;
            }
        }
        if (required) {
            throw new IllegalArgumentException("missing required column " + name + " (columns: "
                    + String.join(", ", names) + ")");
        }
        return -1;
    }

    /** The input schema with the result columns (doubles) appended. */
    static StructType withResults(StructType schema) {
        List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
        for (String r : RESULT_COLUMNS) {
            fields.add(DataTypes.createStructField(r, DataTypes.DoubleType, false));
        }
        return DataTypes.createStructType(fields);
    }

    /** The column names whose nulls mean "not a ball in play" in a Savant export (those rows are skipped). */
    List<String> launchColumns(StructType schema) {
        return List.of(schema.fieldNames()[exitVelocity], schema.fieldNames()[launchAngle]);
    }

    Launch launch(Row row) {
        double ev = number(row, exitVelocity, InputField.EXIT_VELOCITY.column(), Double.NaN);
        double la = number(row, launchAngle, InputField.LAUNCH_ANGLE.column(), Double.NaN);
        double sprayDeg = number(row, spray, InputField.SPRAY_ANGLE.column(), 0.0);
        double back = number(row, backspin, InputField.BACKSPIN.column(), Double.NaN);
        if (savant) {
            // As fly --input reads a Savant export: spray from the hit coordinates when both are
            // there, backspin estimated from EV and LA when no backspin_rpm is given (StatcastBall).
            if (spray < 0 && hitX >= 0 && hitY >= 0 && !row.isNullAt(hitX) && !row.isNullAt(hitY)) {
                sprayDeg = StatcastBall.sprayAngleDeg(((Number) row.get(hitX)).doubleValue(),
                        ((Number) row.get(hitY)).doubleValue());
            }
            if (Double.isNaN(back)) {
                back = StatcastBall.estimatedBackspinRpm(ev, la);
            }
        }
        return new Launch(ev, la, sprayDeg, Double.isNaN(back) ? 0.0 : back,
                number(row, sidespin, InputField.SIDESPIN.column(), 0.0),
                number(row, contactHeight, InputField.CONTACT_HEIGHT.column(), Launch.DEFAULT_CONTACT_HEIGHT_FT));
    }

    /** A cell as a double; a null in a required column is bad input naming it, elsewhere the default. */
    private double number(Row row, int i, String name, double otherwise) {
        if (i < 0) {
            return otherwise;
        }
        if (row.isNullAt(i)) {
            if (Double.isNaN(otherwise) && (i == exitVelocity || i == launchAngle)) {
                throw new IllegalArgumentException(name + " is null in row " + row);
            }
            return otherwise;
        }
        return ((Number) row.get(i)).doubleValue();
    }
}
