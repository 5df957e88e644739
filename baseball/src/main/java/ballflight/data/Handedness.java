package ballflight.data;

/** Which side a batter hits from or a pitcher throws with. */
public enum Handedness {
    RIGHT,
    LEFT;

    /** "L" is left; anything else (including a missing value) is the league's majority, right. */
    static Handedness parse(String text) {
        return "L".equalsIgnoreCase(text.trim()) ? LEFT : RIGHT;
    }

    /** +1 for right, -1 for left: mirrors x for left-handed players. */
    public double sign() {
        return this == RIGHT ? 1.0 : -1.0;
    }
}
