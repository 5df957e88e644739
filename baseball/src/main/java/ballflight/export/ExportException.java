package ballflight.export;

/** An output file or directory that cannot be written: the message names the option and the path (CLI exit 2, like bad input). */
public final class ExportException extends IllegalArgumentException {
    public ExportException(String message) {
        super(message);
    }
}
