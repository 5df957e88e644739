package ballflight.cli;

import ballflight.backend.BackendUnavailableException;
import ballflight.export.ExportException;
import ballflight.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns user mistakes into one line on stderr and an exit code, never a stack trace. Picocli's
 * own parse errors (unknown option, missing value) and the model's {@link InputException}s
 * thrown while a command runs get the same treatment. Anything else is a bug and is rethrown,
 * so picocli prints its stack trace.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        report(ex.getCommandLine(), ex.getMessage());
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult)
            throws Exception {
        if (ex instanceof InputException || ex instanceof ExportException) {
            report(cmd, ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof BackendUnavailableException) {
            report(cmd, ex.getMessage());
            return ExitCodes.BACKEND_UNAVAILABLE;
        }
        throw ex;
    }

    private static void report(CommandLine cmd, String message) {
        // One line, whatever the message: scripts and humans read the first line only.
        String oneLine = String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
        cmd.getErr().println("error: " + oneLine);
        cmd.getErr().flush();
    }
}
