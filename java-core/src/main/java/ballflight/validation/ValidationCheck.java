package ballflight.validation;

/**
 * One physical relationship the model must reproduce, and what it measured.
 *
 * @param name what is compared
 * @param expected target value (ft or degrees)
 * @param tolerance allowed deviation from {@code expected}
 * @param measured what the model gave
 * @param unit unit of the three numbers
 */
public record ValidationCheck(String name, double expected, double tolerance, double measured, String unit) {

    public boolean passed() {
        return Math.abs(measured - expected) <= tolerance;
    }
}
