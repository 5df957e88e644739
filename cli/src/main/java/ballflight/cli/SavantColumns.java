package ballflight.cli;

import ballflight.model.StatcastBall;
import ballflight.model.FlightRequest;
import ballflight.model.InputField;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Baseball Savant (Statcast) search export flown as downloaded: one row per pitch, with
 * {@code launch_speed} (mph) and {@code launch_angle} (deg) for balls the tracker measured off the
 * bat, and the hit coordinates {@code hc_x}/{@code hc_y}. Rows without launch data (pitches not
 * put in play) are skipped and counted. Any of our own columns present ({@code backspin_rpm},
 * {@code temperature_f}, ...) are honoured; every column is carried through to the output.
 *
 * <p>Spray angle from Savant's hit coordinates, which are pixels of its field image with home
 * plate at ({@value StatcastBall#HOME_X}, {@value StatcastBall#HOME_Y}), x growing toward right field and y toward home,
 * about {@value StatcastBall#FEET_PER_UNIT} ft per unit: {@code x_ft = 2.5 (hc_x - 125.42)},
 * {@code y_ft = 2.5 (198.27 - hc_y)}, spray = {@code atan2(x_ft, y_ft)} (0 = center, + toward
 * right field, our convention; the scale cancels in the angle). Missing coordinates: the spray
 * default (0 unless {@code --spray}).
 *
 * <p>Savant has no batted-ball spin (its {@code release_spin_rate} and {@code spin_axis} belong to
 * the pitch), so without a {@code backspin_rpm} value the backspin is estimated from exit velocity
 * and launch angle ({@link StatcastBall#estimatedBackspinRpm}); sidespin 0 unless given. See docs/STATCAST.md.
 */
final class SavantColumns implements RowRequests {
    static final String LAUNCH_SPEED = "launch_speed";
    static final String LAUNCH_ANGLE = "launch_angle";
    static final String HIT_X = "hc_x";
    static final String HIT_Y = "hc_y";

    /** Cells Savant writes for "no value". */
    private static final Set<String> MISSING = Set.of("", "null", "na", "nan");

    private final CaseColumns ours;
    private final int launchSpeed;
    private final int launchAngle;
    private final int hitX;
    private final int hitY;

    SavantColumns(CasesFile file, FlightInputs defaults) {
        this.ours = new CaseColumns(file, defaults, List.of());
        List<String> header = file.header().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        this.launchSpeed = header.indexOf(LAUNCH_SPEED);
        this.launchAngle = header.indexOf(LAUNCH_ANGLE);
        this.hitX = header.indexOf(HIT_X);
        this.hitY = header.indexOf(HIT_Y);
    }

    /** Whether a header is a Savant export's: it has the launch columns. */
    static boolean matches(List<String> header) {
        List<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        return names.contains(LAUNCH_SPEED) && names.contains(LAUNCH_ANGLE);
    }

    @Override
    public FlightRequest request(CasesFile.Row row) {
        String speed = row.cells().get(launchSpeed);
        String angle = row.cells().get(launchAngle);
        if (missing(speed) || missing(angle)) {
            return null;
        }
        FlightInputs inputs = ours.inputs(row);
        try {
            setNamed(inputs, InputField.EXIT_VELOCITY, LAUNCH_SPEED, speed);
            setNamed(inputs, InputField.LAUNCH_ANGLE, LAUNCH_ANGLE, angle);
            if (hitX >= 0 && hitY >= 0 && !missing(row.cells().get(hitX)) && !missing(row.cells().get(hitY))
                    && !ours.has(InputField.SPRAY_ANGLE)) {
                double x = InputField.POSITION.parse(row.cells().get(hitX));
                double y = InputField.POSITION.parse(row.cells().get(hitY));
                inputs.set(InputField.SPRAY_ANGLE, StatcastBall.sprayAngleDeg(x, y));
            }
            if (!inputs.has(InputField.BACKSPIN)) {
                inputs.set(InputField.BACKSPIN, StatcastBall.estimatedBackspinRpm(inputs.value(InputField.EXIT_VELOCITY),
                        inputs.value(InputField.LAUNCH_ANGLE)));
            }
        } catch (ballflight.model.InputException e) {
            throw ours.atLine(row, e.field().equals(InputField.POSITION.column())
                    ? new ballflight.model.InputException(HIT_X, "hc_x/hc_y: " + e.getMessage()) : e);
        }
        return ours.request(row, inputs);
    }

    @Override
    public String skippedRows() {
        return "rows without launch data (launch_speed or launch_angle empty: pitches not put in play)";
    }

    /** Sets a field from a Savant column; an error names the column as Savant spells it. */
    private static void setNamed(FlightInputs inputs, InputField field, String column, String cell) {
        try {
            inputs.set(field, field.parse(cell));
        } catch (ballflight.model.InputException e) {
            throw new ballflight.model.InputException(column, column + ": " + e.getMessage());
        }
    }

    private static boolean missing(String cell) {
        return MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
    }
}
