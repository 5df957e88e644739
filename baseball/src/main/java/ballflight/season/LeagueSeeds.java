package ballflight.season;

import java.util.List;

/**
 * One league's six postseason teams: seeds 1-3 are the division winners by record, 4-6 the wild
 * cards; seeds 1 and 2 have a bye.
 *
 * @param league "AL" or "NL"
 * @param seeds six teams, seed 1 first
 */
public record LeagueSeeds(String league, List<String> seeds) {
    public static final int TEAMS = 6;
    public static final int DIVISION_WINNERS = 3;
    public static final int BYES = 2;

    public LeagueSeeds {
        seeds = List.copyOf(seeds);
        if (seeds.size() != TEAMS) {
            throw new IllegalArgumentException(league + ": a league sends " + TEAMS + " teams, got " + seeds.size());
        }
    }

    /**
     * Seeds a league from the final standings: each division's best team (tie-broken), the three
     * division winners ranked, then the three best of the rest.
     */
    public static LeagueSeeds of(String league, Divisions divisions, TieBreak ties) {
        List<String> winners = ties.order(divisions.divisionsOf(league).stream()
                .map(d -> ties.order(divisions.teamsOf(league, d)).getFirst()).toList());
        List<String> rest = ties.order(divisions.teamsOf(league).stream().filter(t -> !winners.contains(t)).toList());
        List<String> seeds = new java.util.ArrayList<>(winners);
        seeds.addAll(rest.subList(0, TEAMS - DIVISION_WINNERS));
        return new LeagueSeeds(league, seeds);
    }

    /** Seed {@code n} (1-based). */
    public String seed(int n) {
        return seeds.get(n - 1);
    }

    public List<String> divisionWinners() {
        return seeds.subList(0, DIVISION_WINNERS);
    }

    public List<String> byes() {
        return seeds.subList(0, BYES);
    }
}
