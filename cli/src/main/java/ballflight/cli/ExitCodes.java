package ballflight.cli;

/** Process exit codes of every command; scripts rely on them, so they never change meaning. */
final class ExitCodes {
    /** Success (and, for {@code validate}, every check passed). */
    static final int OK = 0;
    /** A validation check failed. */
    static final int CHECK_FAILED = 1;
    /** Bad user input: an option, a CSV cell, a missing file, a refused batch. One line on stderr says what. */
    static final int BAD_INPUT = 2;
    /** The backend the user asked for cannot run here (e.g. native library missing). */
    static final int BACKEND_UNAVAILABLE = 3;
    /** {@code season}: some games threw (each reported on stderr); the others still count. */
    static final int GAMES_FAILED = 4;
    /** The JVM ran out of memory (heap or native threads). */
    static final int OUT_OF_MEMORY = 6;
    /** The native kernel panicked (a bug in libballflight, caught at its C boundary). */
    static final int NATIVE_PANIC = 5;
    /** Any other failure: a bug in ballflight ({@code EX_SOFTWARE} of sysexits.h). */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
