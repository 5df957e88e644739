package ballflight.projection;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.pa.PaRunner;
import ballflight.season.Divisions;
import ballflight.season.HeadToHead;
import ballflight.season.LeagueSeeds;
import ballflight.season.Postseason;
import ballflight.season.PostseasonResult;
import ballflight.season.SeriesFormat;
import ballflight.season.SeriesResult;
import ballflight.season.TieBreak;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Seeding, tie-breaks and the bracket with scripted games. */
class PostseasonBracketTest {
    private static final Divisions D = Divisions.mlb2025();

    /** The 2025 final standings (REFERENCE.md): a check on the seeding, never an engine input. */
    private static Map<String, Integer> wins2025() {
        Map<String, Integer> w = new HashMap<>();
        String[] rows = {"TOR 94", "NYY 94", "BOS 89", "TBR 77", "BAL 75", "CLE 88", "DET 87", "KCR 82", "MIN 70", "CHW 60",
            "SEA 90", "HOU 87", "TEX 81", "ATH 76", "LAA 72", "PHI 96", "NYM 83", "MIA 79", "ATL 76", "WSN 66", "MIL 97",
            "CHC 92", "CIN 83", "STL 78", "PIT 71", "LAD 93", "SDP 90", "SFG 81", "ARI 80", "COL 43"};
        for (String r : rows) {
            w.put(r.split(" ")[0], Integer.parseInt(r.split(" ")[1]));
        }
        return w;
    }

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of(PaRunner.ALGORITHM).create(seed);
    }

    @Test
    void seedsThe2025LeaguesAsMlbDid() {
        HeadToHead h = new HeadToHead();
        // TOR won the season series with NYY 8-5, which gave them the East.
        for (int i = 0; i < 8; i++) {
            h.add("TOR", "NYY");
        }
        for (int i = 0; i < 5; i++) {
            h.add("NYY", "TOR");
        }
        // HOU and DET (87 wins) for the last AL wild card: DET won the series 4-2.
        for (int i = 0; i < 4; i++) {
            h.add("DET", "HOU");
        }
        h.add("HOU", "DET");
        h.add("HOU", "DET");
        // CIN and NYM (83) for the last NL wild card: CIN won the series 4-2.
        for (int i = 0; i < 4; i++) {
            h.add("CIN", "NYM");
        }
        h.add("NYM", "CIN");
        h.add("NYM", "CIN");
        TieBreak ties = new TieBreak(wins2025(), h, D, rng(1));
        assertThat(LeagueSeeds.of("AL", D, ties).seeds()).containsExactly("TOR", "SEA", "CLE", "NYY", "BOS", "DET");
        assertThat(LeagueSeeds.of("NL", D, ties).seeds()).containsExactly("MIL", "PHI", "LAD", "CHC", "SDP", "CIN");
    }

    @Test
    void tiesGoToHeadToHeadThenIntradivisionRecordThenTheDraw() {
        Map<String, Integer> w = new HashMap<>(Map.of("NYY", 90, "BOS", 90, "TOR", 90));
        HeadToHead h = new HeadToHead();
        h.add("BOS", "NYY");
        h.add("BOS", "TOR");
        h.add("NYY", "TOR");
        assertThat(new TieBreak(w, h, D, rng(1)).order(List.of("NYY", "TOR", "BOS"))).containsExactly("BOS", "NYY", "TOR");
        // Even head to head (never met): the better record inside its own division wins.
        HeadToHead intra = new HeadToHead();
        intra.add("SEA", "HOU");
        intra.add("SEA", "TEX");
        intra.add("BAL", "TBR");
        intra.add("TBR", "BAL");
        Map<String, Integer> w2 = Map.of("SEA", 85, "BAL", 85);
        assertThat(new TieBreak(w2, intra, D, rng(1)).order(List.of("BAL", "SEA"))).containsExactly("SEA", "BAL");
        // Nothing separates them: a seeded draw, the same for the same seed, and both orders occur.
        Map<String, Integer> w3 = Map.of("CLE", 85, "SDP", 85);
        List<List<String>> orders = new ArrayList<>();
        for (long s = 0; s < 20; s++) {
            List<String> o = new TieBreak(w3, new HeadToHead(), D, rng(s)).order(List.of("CLE", "SDP"));
            assertThat(new TieBreak(w3, new HeadToHead(), D, rng(s)).order(List.of("SDP", "CLE"))).isEqualTo(o);
            orders.add(o);
        }
        assertThat(orders).contains(List.of("CLE", "SDP"), List.of("SDP", "CLE"));
    }

    @Test
    void bracketFormatsAndHomePatternsWhenTheHomeTeamAlwaysWins() {
        TieBreak ties = new TieBreak(wins2025(), new HeadToHead(), D, rng(3));
        List<LeagueSeeds> seeds = List.of(LeagueSeeds.of("AL", D, ties), LeagueSeeds.of("NL", D, ties));
        List<String> homes = new ArrayList<>();
        PostseasonResult p = new Postseason((SplittableGenerator) rng(4), rng(5), (away, home, g, seed) -> {
            homes.add(home);
            return true;
        }).play(seeds, wins2025());
        List<SeriesResult> s = p.series();
        assertThat(s).hasSize(4 + 4 + 2 + 1);
        // Wild card: every game at the higher seed, a 2-0 sweep.
        assertThat(s.subList(0, 4)).allMatch(r -> r.format() == SeriesFormat.WILD_CARD && r.higherWins() == 2 && r.lowerWins() == 0);
        assertThat(s.get(0).higher()).isEqualTo(seeds.get(0).seed(3));
        assertThat(s.get(1).higher()).isEqualTo(seeds.get(0).seed(4));
        // Division series 2-2-1: the higher seed wins at home 3-2; LCS and WS 2-3-2: 4-3.
        assertThat(s.stream().filter(r -> r.format() == SeriesFormat.DIVISION))
                .allMatch(r -> r.higherWins() == 3 && r.lowerWins() == 2);
        assertThat(s.stream().filter(r -> r.format() != SeriesFormat.WILD_CARD && r.format() != SeriesFormat.DIVISION))
                .allMatch(r -> r.higherWins() == 4 && r.lowerWins() == 3);
        assertThat(homes).hasSize(4 * 2 + 4 * 5 + 3 * 7);
        // The byes play the division series against the 4/5 and 3/6 winners.
        assertThat(s.get(4).higher()).isEqualTo(seeds.get(0).seed(1));
        assertThat(s.get(4).lower()).isEqualTo(seeds.get(0).seed(4));
        // The World Series opens at the better record: MIL (97) over TOR (94).
        assertThat(p.series().getLast().higher()).isEqualTo("MIL");
        assertThat(p.champion()).isEqualTo("MIL");
        assertThat(p.pennants()).containsExactly("TOR", "MIL");
        assertThat(p.teams()).hasSize(12).doesNotHaveDuplicates();
    }
}
