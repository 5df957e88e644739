package ballflight.cli;

import ballflight.backend.BackendUnavailableException;
import ballflight.model.InputException;
import ballflight.nativekernel.NativeKernelPanic;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and its exit code ({@link ExitCodes}), never a
 * stack trace unless {@code --debug} is given: picocli's parse errors, the model's
 * {@link InputException}s and other {@link IllegalArgumentException}s (a refused batch) are bad
 * input; a missing backend, a native panic, running out of memory and anything else (a bug)
 * each have their own code and wording.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final String DEBUG_OPTION = "--debug";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        report(ex.getCommandLine().getErr(), ex.getMessage());
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return fail(cmd.getErr(), ex, debugRequested(parseResult));
    }

    /** Reports {@code t} on {@code err} (with the trace when {@code debug}) and returns its exit code. */
    static int fail(PrintWriter err, Throwable t, boolean debug) {
        int code = exitCode(t);
        String message = String.valueOf(t.getMessage());
        report(err, switch (code) {
            case ExitCodes.BAD_INPUT, ExitCodes.BACKEND_UNAVAILABLE, ExitCodes.NATIVE_PANIC -> message;
            case ExitCodes.OUT_OF_MEMORY -> "out of memory (" + message
                    + "): give the JVM more heap, e.g. BALLFLIGHT_JAVA_OPTS=-Xmx2g";
            default -> "internal error, please report it: " + t + (debug ? "" : " (run with --debug for the trace)");
        });
        if (debug) {
            t.printStackTrace(err);
            err.flush();
        }
        return code;
    }

    static int exitCode(Throwable t) {
        if (t instanceof BackendUnavailableException) {
            return ExitCodes.BACKEND_UNAVAILABLE;
        }
        if (t instanceof NativeKernelPanic) {
            return ExitCodes.NATIVE_PANIC;
        }
        if (t instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        if (t instanceof OutOfMemoryError) {
            return ExitCodes.OUT_OF_MEMORY;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean debugRequested(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(DEBUG_OPTION)) {
                return true;
            }
        }
        return false;
    }

    private static void report(PrintWriter err, String message) {
        // One line, whatever the message: scripts and humans read the first line only.
        String oneLine = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
        err.println("error: " + oneLine);
        err.flush();
    }
}
