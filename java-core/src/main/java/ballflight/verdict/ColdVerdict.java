package ballflight.verdict;

import java.util.List;

/**
 * Who returns first from a fresh JVM: the time from {@code main} to the result of a given number of
 * flights (the seeded spread, in kernel calls of up to 4096), per contender, JIT warm-up, class
 * loading and native library loading included (JVM start itself is the same for all and left out).
 * Warm JMH speeds rank contenders for long runs; these rank them for short ones.
 *
 * @param mode simulation mode name
 * @param flights flights flown in the fresh process
 * @param ranking contenders, fastest first
 * @param seconds each ranked contender's time to result, same order
 */
public record ColdVerdict(String mode, int flights, List<String> ranking, List<Double> seconds) {

    public ColdVerdict {
        ranking = List.copyOf(ranking);
        seconds = List.copyOf(seconds);
        if (ranking.isEmpty() || ranking.size() != seconds.size()) {
            throw new IllegalArgumentException("a cold verdict needs one time per ranked contender");
        }
    }

    public String winner() {
        return ranking.get(0);
    }
}
