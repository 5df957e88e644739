package ballflight.verdict;

/**
 * The verdict for one mode over batch sizes.
 *
 * @param mode simulation mode name
 * @param crossoverBatchSize smallest measured batch size from which native wins at every larger
 *     measured size; null if native does not win at the largest
 * @param decision e.g. {@code java below 256 flights, native from 256}
 */
public record ModeVerdict(String mode, Integer crossoverBatchSize, String decision) {
}
