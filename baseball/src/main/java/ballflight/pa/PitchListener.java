package ballflight.pa;

/** Receives every pitch of the plate appearances it is passed to (recorders; never called when absent). */
@FunctionalInterface
public interface PitchListener {
    void pitch(PitchEvent event);
}
