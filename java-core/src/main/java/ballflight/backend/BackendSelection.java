package ballflight.backend;

import ballflight.kernel.FlightKernel;

/**
 * The kernel chosen for a {@link Backend} request and why: printed once (stderr / log) so a
 * fallback is never silent.
 *
 * @param requested what the user asked for
 * @param kernel the kernel that will run
 * @param reason one line: which backend runs and why
 */
public record BackendSelection(Backend requested, FlightKernel kernel, String reason) {
}
