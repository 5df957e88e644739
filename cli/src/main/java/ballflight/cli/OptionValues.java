package ballflight.cli;

import ballflight.model.InputException;
import ballflight.model.InputField;
import java.util.function.Supplier;

/**
 * Parses option values with the model's own checks and puts the option name in front of the
 * model's message ({@code --ev: exit_velocity_mph = 170 is out of range: ...}), so the user sees
 * both what they typed and which physical field it is.
 */
final class OptionValues {
    private OptionValues() {
    }

    static double parse(String option, InputField field, String text) {
        return withOption(option, () -> field.parse(text));
    }

    /** Runs {@code parse}; an {@link InputException} gets {@code option + ": "} in front. */
    static <T> T withOption(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InputException e) {
            throw new InputException(e.field(), option + ": " + e.getMessage());
        }
    }
}
