package ballflight.projection;

/**
 * One what-if applied to the 2025 league before a projection (see {@link ChangesFile} for the
 * file format). Each change is validated when read, so applying it cannot fail.
 */
public sealed interface Change permits MovePlayer, RemovePlayer, ParkChange, DhOff {
    /** A canonical one-line form: equal lists of changes give the same cache key. */
    String canonical();

    void applyTo(LeagueEdit edit);
}
