package ballflight.pa;

/** What became of one pitch: the umpire's call, or what the swing did. */
public enum PitchCall {
    BALL,
    CALLED_STRIKE,
    SWINGING_STRIKE,
    FOUL,
    IN_PLAY,
    HIT_BY_PITCH
}
