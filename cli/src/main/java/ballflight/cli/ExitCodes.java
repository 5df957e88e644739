package ballflight.cli;

/** Process exit codes of every command; scripts rely on them, so they never change meaning. */
final class ExitCodes {
    /** Success (and, for {@code validate}, every check passed). */
    static final int OK = 0;
    /** A validation check failed. */
    static final int CHECK_FAILED = 1;
    /** Bad user input: an option, a CSV cell, a missing file. One line on stderr says what. */
    static final int BAD_INPUT = 2;
    /** The backend the user asked for cannot run here (e.g. native library missing). */
    static final int BACKEND_UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
