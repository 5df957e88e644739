package ballflight.data;

import ballflight.model.InputException;
import java.util.List;

/** The error for a player or team name that is not in the 2025 data: it lists the closest matches. */
final class UnknownName {
    private UnknownName() {
    }

    static InputException of(String field, String name, List<String> closest) {
        return new InputException(field, field + " = '" + name + "' is not in the 2025 data; closest: "
                + String.join(", ", closest));
    }
}
