package ballflight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ballflight}: the command line. Exit codes: 0 ok, 1 a validation check failed, 2 bad
 * input (one line on stderr names the option or field, the value and the allowed range),
 * 3 the requested backend cannot run here.
 */
@Command(name = "ballflight", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Physics-based baseball flight: carry distance, hang time, apex and landing of batted balls.",
        subcommands = {FlyCommand.class, ValidateCommand.class, InfoCommand.class, DemoCommand.class, PaCommand.class,
                BenchCommand.class, GameCommand.class, SeasonCommand.class, ProjectCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a validation check failed", "2:bad input (one line on stderr says which)",
            "3:the requested backend cannot run here"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        System.exit(commandLine().execute(args));
    }
}
