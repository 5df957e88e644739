package ballflight.export;

/** An output file or directory that cannot be written: the message names the option and the path. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }
}
