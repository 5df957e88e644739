package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.backend.Backend;
import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.Stepping;
import ballflight.pitch.FlightTimes.Kind;
import ballflight.pitch.PaTuning;
import ballflight.pitch.AimMaps;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Physics games: the profile counts what the engine flew, and a warm engine plays what a cold one does. */
class PhysicsAtBatsTest {
    private static final Rosters ROSTERS = Rosters.mlb2025();

    private static GameResult play(Game game, long seed) {
        return game.play(ROSTERS.teams().get("NYY"), ROSTERS.teams().get("LAD"), 0, 0, LeagueData.mlb2025().park("LAD"),
                RandomGeneratorFactory.of("L64X128MixRandom").create(seed), true);
    }

    private static List<BattingLine> batting(GameResult g) {
        return Stream.concat(g.awayBatting().stream(), g.homeBatting().stream()).toList();
    }

    @Test
    void profileCountsEveryFlightAndAimMapsAreMeasuredOnce() {
        GameProfile profile = new GameProfile();
        AimMaps aims = new AimMaps();
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build()) {
            Game game = new Game(new PhysicsAtBats(sim, PaTuning.DEFAULT, profile, aims));
            GameResult cold = play(game, 4);
            int pitches = Stream.concat(cold.awayPitching().stream(), cold.homePitching().stream())
                    .mapToInt(p -> p.pitches).sum();
            assertThat(profile.flights().flights(Kind.PITCH)).isEqualTo(pitches);
            // Every at-bat that did not end in a strikeout put a ball in play (foul pop-ups add more flights).
            int inPlay = batting(cold).stream().mapToInt(b -> b.ab - b.k + b.sf).sum();
            assertThat(profile.flights().flights(Kind.BATTED_BALL)).isGreaterThanOrEqualTo(inPlay).isPositive();
            long aimFlights = profile.flights().flights(Kind.AIM_MAP);
            assertThat(aims.size()).as("pitch types thrown (both staffs, ~4 per pitcher)").isBetween(4, 60);
            assertThat(aimFlights).as("three pitches per map, more when a first aim misses the plate")
                    .isBetween(3L * aims.size(), 12L * aims.size());

            GameResult warm = play(game, 4);
            assertThat(profile.flights().flights(Kind.AIM_MAP)).as("no new aim maps for the same pitchers")
                    .isEqualTo(aimFlights);
            assertThat(warm.plays()).as("a warm engine plays the same game").isEqualTo(cold.plays());
            assertThat(profile.flights().flights(Kind.PITCH)).isEqualTo(2L * pitches);
        }
    }

    @Test
    void profileSplitsTheGameTime() {
        GameProfile profile = new GameProfile();
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).toleranceFt(Stepping.DEFAULT_TOLERANCE_FT).build()) {
            Game game = new Game(new PhysicsAtBats(sim, PaTuning.DEFAULT, profile));
            long t0 = System.nanoTime();
            play(game, 9);
            profile.addGame(System.nanoTime() - t0);
        }
        // The parts are non-negative and add up to the game time.
        long flights = profile.flights().totalNanos();
        assertThat(flights).isPositive();
        assertThat(profile.plateAppearancesNs()).isGreaterThanOrEqualTo(flights);
        assertThat(profile.gamesNs()).isGreaterThanOrEqualTo(profile.plateAppearancesNs());
        assertThat(flights + profile.fieldingAndSwingNs() + profile.rulesNs()).isEqualTo(profile.gamesNs());
        assertThat(profile.describe(1.0, 1)).contains("profile: 1 games", "pitch flights", "batted-ball flights",
                "aim-map flights", "fielding + swing logic", "rules/baserunning/box", "orchestration");
    }
}
