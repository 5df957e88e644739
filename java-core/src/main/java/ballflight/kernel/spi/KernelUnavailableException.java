package ballflight.kernel.spi;

/** A backend cannot run in this process; the message says why and how to fix it. */
public final class KernelUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public KernelUnavailableException(String message) {
        super(message);
    }

    public KernelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
