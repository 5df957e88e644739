package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.BackendUnavailableException;
import ballflight.model.InputException;
import ballflight.nativekernel.NativeKernelPanic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorReporterTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new InputException("ev", "ev = -1 must be >= 0"), 2, "error: ev = -1 must be >= 0"),
                Arguments.of(new IllegalArgumentException("native kernel refused the batch (code 4): cd0 = -1.0"), 2,
                        "error: native kernel refused the batch (code 4): cd0 = -1.0"),
                Arguments.of(new BackendUnavailableException("native backend unavailable: no library", null), 3,
                        "error: native backend unavailable: no library"),
                Arguments.of(new OutOfMemoryError("Java heap space"), 6,
                        "error: out of memory (Java heap space): give the JVM more heap, e.g. BALLFLIGHT_JAVA_OPTS=-Xmx2g"),
                Arguments.of(new NativeKernelPanic("native kernel panicked: index out of bounds"), 5,
                        "error: native kernel panicked (a bug in libballflight, please report it): native kernel"
                                + " panicked: index out of bounds"),
                Arguments.of(new IndexOutOfBoundsException("flight 4 outside 0..3"), 70,
                        "error: internal error, please report it: java.lang.IndexOutOfBoundsException: flight 4"
                                + " outside 0..3 (run with --debug for the trace)"),
                Arguments.of(new StackOverflowError(), 70,
                        "error: internal error, please report it: java.lang.StackOverflowError (run with --debug"
                                + " for the trace)"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyFailureIsOneLineWithItsExitCode(Throwable t, int code, String line) {
        StringWriter err = new StringWriter();
        assertThat(ErrorReporter.fail(new PrintWriter(err), t, false)).isEqualTo(code);
        assertThat(err.toString().lines().toList()).containsExactly(line);
    }

    @Test
    void debugAddsTheTrace() {
        StringWriter err = new StringWriter();
        ErrorReporter.fail(new PrintWriter(err), new IllegalStateException("boom"), true);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("error: internal error, please report it: java.lang.IllegalStateException: boom");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(2)).contains("at ballflight.cli.ErrorReporterTest.debugAddsTheTrace");
    }

    @Test
    void debugIsAcceptedByEverySubcommand() {
        CliRun run = CliRun.of("fly", "--ev", "100", "--la", "28", "--backend", "java", "--debug");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun bad = CliRun.of("fly", "--ev", "-5", "--la", "28", "--backend", "java", "--debug");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines().get(0)).startsWith("error: ");
    }
}
