package ballflight.data;

/** Fastballs, breaking balls, off-speed: chosen and located differently by count. */
public enum PitchFamily {
    FASTBALL,
    BREAKING,
    OFFSPEED
}
