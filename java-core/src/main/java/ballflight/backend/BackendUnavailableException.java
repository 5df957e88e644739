package ballflight.backend;

/** An explicitly requested backend cannot run here; the message lists every reason. */
public final class BackendUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
