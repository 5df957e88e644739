package ballflight.verdict;

import java.io.IOException;

/** A verdict file that cannot be trusted; the message names the field or the parse error. */
public final class VerdictFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public VerdictFormatException(String message) {
        super(message);
    }

    public VerdictFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
