package ballflight.spark;

import ballflight.model.InputField;
import ballflight.model.Launch;
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
record BallColumns(int exitVelocity, int launchAngle, int spray, int backspin, int sidespin, int contactHeight)
        implements Serializable {
    static final List<String> RESULT_COLUMNS = List.of("distance_ft", "hang_time_s", "apex_ft", "landing_x_ft",
            "landing_y_ft");

    static BallColumns of(StructType schema) {
        for (String r : RESULT_COLUMNS) {
            if (index(schema, r, false) >= 0) {
                throw new IllegalArgumentException("column " + r + " already exists: fly adds it (rename or drop it first)");
            }
        }
        return new BallColumns(index(schema, InputField.EXIT_VELOCITY.column(), true),
                index(schema, InputField.LAUNCH_ANGLE.column(), true), index(schema, InputField.SPRAY_ANGLE.column(), false),
                index(schema, InputField.BACKSPIN.column(), false), index(schema, InputField.SIDESPIN.column(), false),
                index(schema, InputField.CONTACT_HEIGHT.column(), false));
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

    Launch launch(Row row) {
        return new Launch(number(row, exitVelocity, InputField.EXIT_VELOCITY.column(), Double.NaN),
                number(row, launchAngle, InputField.LAUNCH_ANGLE.column(), Double.NaN),
                number(row, spray, InputField.SPRAY_ANGLE.column(), 0.0), number(row, backspin, InputField.BACKSPIN.column(), 0.0),
                number(row, sidespin, InputField.SIDESPIN.column(), 0.0),
                number(row, contactHeight, InputField.CONTACT_HEIGHT.column(), Launch.DEFAULT_CONTACT_HEIGHT_FT));
    }

    /** A cell as a double; a null in a required column is bad input naming it, elsewhere the default. */
    private static double number(Row row, int i, String name, double otherwise) {
        if (i < 0) {
            return otherwise;
        }
        if (row.isNullAt(i)) {
            if (Double.isNaN(otherwise)) {
                throw new IllegalArgumentException(name + " is null in row " + row);
            }
            return otherwise;
        }
        return ((Number) row.get(i)).doubleValue();
    }
}
