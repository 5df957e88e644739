package ballflight.projection;

import java.util.Map;

/**
 * One team over a projection's seasons.
 *
 * @param team abbreviation
 * @param meanWins mean regular-season wins
 * @param meanWinsStandardError Monte Carlo standard error of the mean (sd / sqrt(n))
 * @param sdWins season-to-season standard deviation of wins
 * @param p5Wins 5th percentile of wins (nearest rank)
 * @param p50Wins median wins
 * @param p95Wins 95th percentile of wins
 * @param odds probability of reaching each stage, with standard errors
 */
public record TeamProjection(String team, double meanWins, double meanWinsStandardError, double sdWins, int p5Wins,
                             int p50Wins, int p95Wins, Map<Reached, Estimate> odds) {
    /** Odds in stage order (an {@code EnumMap}), so equal projections print alike in any JVM. */
    public TeamProjection {
        odds = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(odds));
    }

    public Estimate odds(Reached stage) {
        return odds.get(stage);
    }
}
