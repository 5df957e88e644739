package ballflight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight}: the command line. Exit codes: 0 ok, 1 a validation check failed, 2 bad
 * input (one line on stderr names the option or field, the value and the allowed range),
 * 3 the requested backend cannot run here, 4 some season games failed, 5 the native kernel
 * panicked, 6 out of memory, 70 an internal error. Every failure is one line on stderr; {@code --debug} adds the trace.
 */
@Command(name = "ballflight", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Physics-based baseball flight: carry distance, hang time, apex and landing of batted balls.",
        subcommands = {FlyCommand.class, ValidateCommand.class, InfoCommand.class, DemoCommand.class, PaCommand.class,
                BenchCommand.class, GameCommand.class, SeasonCommand.class, FidelityCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a validation check failed", "2:bad input (one line on stderr says which)",
            "3:the requested backend cannot run here", "4:season: some games failed (each named on stderr)",
            "5:the native kernel panicked (a bug)", "6:out of memory",
            "70:internal error (a bug; --debug prints the trace)"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = ErrorReporter.DEBUG_OPTION, scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line error.")
    boolean debug;

    /** No subcommand: show the usage on stderr and fail like any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** The configured command line (error handlers included); tests use it with their own writers. */
    public static CommandLine commandLine() {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Executes {@code args}; picocli hands exceptions to {@link ErrorReporter}, but {@link Error}s
     * (an {@code OutOfMemoryError} in a worker) pass through it and are reported here, the same way.
     */
    static int run(CommandLine cmd, String[] args) {
        try {
            return cmd.execute(args);
        } catch (Throwable t) {
            return ErrorReporter.fail(cmd.getErr(), t, java.util.Arrays.asList(args).contains(ErrorReporter.DEBUG_OPTION));
        }
    }
}
