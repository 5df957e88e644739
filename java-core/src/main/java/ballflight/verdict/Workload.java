package ballflight.verdict;

/** What a measurement flew: the kinds of work the engine does. */
public final class Workload {
    /** One batch of the seeded realistic spread (batted balls and pitches) per kernel call. */
    public static final String BATCH = "batch";
    /** The reference batted ball (100 mph, 28 deg, 1800 rpm), one per call. */
    public static final String SINGLE_BATTED = "single-batted";
    /** A 95 mph four-seamer from 55 ft to the front of the plate, one per call. */
    public static final String SINGLE_PITCH = "single-pitch";

    private Workload() {
    }
}
