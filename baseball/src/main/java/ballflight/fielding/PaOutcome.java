package ballflight.fielding;

/** How a plate appearance ended. */
public enum PaOutcome {
    K, BB, HBP, SINGLE, DOUBLE, TRIPLE, HR, GO, FO, LO, PO, E;

    public boolean isHit() {
        return this == SINGLE || this == DOUBLE || this == TRIPLE || this == HR;
    }

    public int totalBases() {
        return switch (this) {
            case SINGLE -> 1;
            case DOUBLE -> 2;
            case TRIPLE -> 3;
            case HR -> 4;
            default -> 0;
        };
    }

    /** Counts as an at-bat (everything but walks and hit-by-pitch). */
    public boolean isAtBat() {
        return this != BB && this != HBP;
    }

    /** Short label as scorers write it (1B, 2B, 3B for hits). */
    public String label() {
        return switch (this) {
            case SINGLE -> "1B";
            case DOUBLE -> "2B";
            case TRIPLE -> "3B";
            default -> name();
        };
    }
}
