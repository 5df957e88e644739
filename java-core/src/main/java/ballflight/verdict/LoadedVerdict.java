package ballflight.verdict;

/**
 * The verdict in use and where it came from.
 *
 * @param verdict the verdict, or null if there is none
 * @param origin e.g. {@code user cache /home/me/.cache/ballflight/verdict.json}, {@code jar default}, {@code none}
 * @param warning why a verdict file was ignored, or null
 */
public record LoadedVerdict(Verdict verdict, String origin, String warning) {

    /** e.g. {@code jar default, measured 2026-11-29 on ... (warning: ...)}. */
    public String describe() {
        String text = verdict == null ? origin : origin + ", measured " + verdict.provenance();
        return warning == null ? text : text + " (warning: " + warning + ")";
    }
}
