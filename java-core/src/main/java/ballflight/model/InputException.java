package ballflight.model;

/**
 * Bad user input: names the field, the offending value and the allowed range, so that the CLI
 * can print it as one line and exit with code 2.
 */
public final class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's external name (CSV column / JSON key), e.g. {@code exit_velocity_mph}. */
    public String field() {
        return field;
    }
}
