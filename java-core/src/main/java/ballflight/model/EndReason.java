package ballflight.model;

/** Why a flight stopped. Codes are shared with the native kernel's ABI. */
public enum EndReason {
    /** The ball came down to z = 0. */
    GROUND(0),
    /** The ball crossed the stop plane (pitches: the front of home plate). */
    PLANE(1),
    /** The flight reached the time limit (15 s by default). */
    TIMEOUT(2);

    private final int code;

    EndReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EndReason ofCode(double code) {
        for (EndReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalStateException("kernel returned unknown end reason " + code);
    }
}
