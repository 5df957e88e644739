package ballflight.game;

import java.util.Arrays;

/** Runners on first, second and third (null = empty) and outs in the half-inning. Mutable. */
public final class BaseState {
    final Runner[] on = new Runner[3];
    int outs;

    public Runner on(int base) {
        return on[base - 1];
    }

    public void put(int base, Runner r) {
        on[base - 1] = r;
    }

    public int outs() {
        return outs;
    }

    public void setOuts(int outs) {
        this.outs = outs;
    }

    public int runnerCount() {
        return (on[0] != null ? 1 : 0) + (on[1] != null ? 1 : 0) + (on[2] != null ? 1 : 0);
    }

    void clear() {
        Arrays.fill(on, null);
        outs = 0;
    }

    /** e.g. "1_3" for runners on first and third, "___" for empty bases. */
    @Override
    public String toString() {
        return (on[0] != null ? "1" : "_") + (on[1] != null ? "2" : "_") + (on[2] != null ? "3" : "_");
    }
}
