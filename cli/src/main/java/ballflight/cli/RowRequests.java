package ballflight.cli;

import ballflight.model.FlightRequest;
import java.util.Locale;

/**
 * How the rows of a cases file become flights: our own columns, or a Baseball Savant export
 * as downloaded ({@link SavantColumns}), told apart by the header.
 */
interface RowRequests {

    /** The flight of one row, or null if the row has none (skipped and counted, not an error). */
    FlightRequest request(CasesFile.Row row);

    /** What a skipped row is, for the note on stderr, e.g. {@code rows without launch data}. */
    String skippedRows();

    /** A Savant export when the header has its launch columns and not ours. */
    static RowRequests forFile(CasesFile file, FlightInputs defaults) {
        boolean ours = file.header().stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT)
                .equals(ballflight.model.InputField.EXIT_VELOCITY.column()));
        if (!ours && SavantColumns.matches(file.header())) {
            return new SavantColumns(file, defaults);
        }
        CaseColumns columns = new CaseColumns(file, defaults, FlightInputs.REQUIRED);
        return new RowRequests() {
            @Override
            public FlightRequest request(CasesFile.Row row) {
                return columns.request(row, columns.inputs(row));
            }

            @Override
            public String skippedRows() {
                return "rows";
            }
        };
    }
}
