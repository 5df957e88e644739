package ballflight.projection;

/** Told after every season a projection plays (not those taken from the cache or a checkpoint). */
@FunctionalInterface
public interface ProjectionProgress {
    /**
     * @param played seasons played so far by this run
     * @param toPlay seasons this run has to play in all (baseline and changed count separately)
     */
    void seasons(int played, int toPlay);
}
