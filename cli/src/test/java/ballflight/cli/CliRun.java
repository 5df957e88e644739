package ballflight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the CLI with captured output.
 *
 * @param exitCode what {@code execute} returned
 * @param out stdout text
 * @param err stderr text
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = Main.run(cmd, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** stderr lines, without blank ones. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
