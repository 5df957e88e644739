package ballflight.cli;

import java.time.Duration;

/**
 * What one HTTP request may ask of {@code serve}.
 *
 * @param maxBodyBytes largest request body
 * @param maxBalls largest array in one {@code POST /v1/fly}
 * @param timeout longest a request waits for its flights before a 503
 */
record ServeLimits(int maxBodyBytes, int maxBalls, Duration timeout) {
    static final ServeLimits DEFAULT = new ServeLimits(1 << 20, 10_000, Duration.ofSeconds(10));
}
