package ballflight.model;

import java.util.Locale;

/**
 * Which drag law the kernels use. The id is the value of {@code drag_model} in the C ABI
 * ({@code BF_DRAG_*}).
 */
public enum DragModel {
    /** Nathan's calculator: {@code Cd = cd0 + cdSpin * omega / 1000 rpm}, no speed dependence. */
    NATHAN(0),
    /**
     * Speed-dependent drag with the drag crisis: Nathan's law plus a logistic step in the speed
     * relative to the air, {@code crisisCdDelta / (1 + exp((V - crisisSpeed) / crisisWidth))}.
     */
    CRISIS(1),
    /**
     * The drag-crisis law read from a table: {@code Cd} bilinear over relative speed × spin,
     * tabulated once from the exact form ({@code ballflight.kernel.CoefficientTable}).
     */
    CRISIS_TABLE(2);

    private final int id;

    DragModel(int id) {
        this.id = id;
    }

    /** True for the models that use the crisis constants ({@link #CRISIS}, {@link #CRISIS_TABLE}). */
    public boolean hasCrisis() {
        return this != NATHAN;
    }

    public int id() {
        return id;
    }

    /** {@code nathan}, {@code crisis} or {@code crisis-table}, any case; an unknown name lists the allowed ones. */
    public static DragModel parse(String text) {
        for (DragModel m : values()) {
            if (m.cliName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new InputException("model", "model = " + text
                + " is not a drag model: allowed nathan, crisis, crisis-table");
    }

    /** {@code nathan}, {@code crisis}, {@code crisis-table}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
