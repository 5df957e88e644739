package ballflight.backend;

import ballflight.model.InputException;
import java.util.Locale;

/** Which kernel to run: the user's choice on every command and in the API. */
public enum Backend {
    /** Native where it loads and pays, Java otherwise; says which and why. */
    AUTO,
    /** The pure-Java kernel. */
    JAVA,
    /** The Rust kernel; fails loudly if the library cannot load. */
    NATIVE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Backend parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (Backend b : values()) {
            if (b.name().equals(key)) {
                return b;
            }
        }
        throw new InputException("backend", "backend = '" + text + "' is not one of: auto, java, native");
    }
}
