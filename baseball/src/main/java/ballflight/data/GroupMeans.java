package ballflight.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Weighted means of one field per group (position or pitcher role) and over everyone: the values
 * that fill a missing cell. A group without data falls back to the league mean, and a field nobody
 * has falls back to a documented constant.
 */
final class GroupMeans {
    private final Map<String, double[]> sums = new HashMap<>();
    private final double[] all = new double[2];

    void add(String group, double value, double weight) {
        if (Double.isNaN(value) || weight <= 0) {
            return;
        }
        double[] s = sums.computeIfAbsent(group, g -> new double[2]);
        s[0] += value * weight;
        s[1] += weight;
        all[0] += value * weight;
        all[1] += weight;
    }

    double league(double constant) {
        return all[1] > 0 ? all[0] / all[1] : constant;
    }

    double of(String group, double constant) {
        double[] s = sums.get(group);
        return s != null && s[1] > 0 ? s[0] / s[1] : league(constant);
    }

    /** {@code value} if present, else the group's mean. */
    double fill(double value, String group, double constant) {
        return Double.isNaN(value) ? of(group, constant) : value;
    }
}
