package ballflight.cli;

import ballflight.model.FlightRequest;
import ballflight.model.InputException;
import ballflight.model.InputField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our own input columns of a cases file ({@link FlightInputs#ACCEPTED}, by name, any order):
 * which column holds each field, and one row turned into the inputs of one flight. Blank optional
 * cells take the defaults (the command's options, else the model's). Errors name the file and line.
 */
final class CaseColumns {
    private final String fileName;
    private final FlightInputs defaults;
    private final Map<InputField, Integer> columns;
    /** The same as arrays, in field order: what every row walks. */
    private final InputField[] fields;
    private final int[] cellIndex;
    private final boolean[] required;

    /**
     * @param required fields the header must have (exit velocity and launch angle for our format;
     *     none for formats that supply them from other columns)
     */
    CaseColumns(CasesFile file, FlightInputs defaults, List<InputField> required) {
        this.fileName = file.name();
        this.defaults = defaults;
        this.columns = columnsOf(file, required);
        this.fields = columns.keySet().toArray(new InputField[0]);
        this.cellIndex = new int[fields.length];
        this.required = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            cellIndex[i] = columns.get(fields[i]);
            this.required[i] = FlightInputs.REQUIRED.contains(fields[i]);
        }
    }

    boolean has(InputField field) {
        return columns.containsKey(field);
    }

    /** The row's values over the defaults; a blank cell of a required field is an error. */
    FlightInputs inputs(CasesFile.Row row) {
        try {
            FlightInputs inputs = new FlightInputs(defaults);
            List<String> cells = row.cells();
            for (int i = 0; i < fields.length; i++) {
                String cell = cells.get(cellIndex[i]);
                if (!required[i] && cell.isBlank()) {
                    continue;
                }
                inputs.set(fields[i], fields[i].parse(cell));
            }
            return inputs;
        } catch (InputException e) {
            throw atLine(row, e);
        }
    }

    /** {@code e} with the file name and the row's line in front. */
    InputException atLine(CasesFile.Row row, InputException e) {
        return new InputException(e.field(), fileName + " line " + row.line() + ": " + e.getMessage());
    }

    /** The row's request; errors name the line. */
    FlightRequest request(CasesFile.Row row, FlightInputs inputs) {
        try {
            return inputs.toRequest();
        } catch (InputException e) {
            throw atLine(row, e);
        }
    }

    /** Which column holds each known input; checks required and output columns. */
    private static Map<InputField, Integer> columnsOf(CasesFile file, List<InputField> required) {
        Map<String, InputField> byName = new HashMap<>();
        for (InputField f : FlightInputs.ACCEPTED) {
            byName.put(f.column(), f);
        }
        Map<InputField, Integer> columns = new EnumMap<>(InputField.class);
        String where = file.name() + " line 1: ";
        List<String> header = file.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (FlightReport.BATCH_COLUMNS.contains(name)) {
                throw new InputException("input", where + "column " + name
                        + " is an output column; remove it from the input");
            }
            InputField field = byName.get(name);
            if (field != null && columns.put(field, i) != null) {
                throw new InputException(field.column(), where + "column " + name + " appears twice");
            }
        }
        for (InputField f : required) {
            if (!columns.containsKey(f)) {
                throw new InputException(f.column(), where + "missing required column " + f.column()
                        + " (header: " + String.join(",", header) + ")");
            }
        }
        return columns;
    }
}
