package ballflight.season;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each game of the season gets its own weather from its park, date, day/night and seed. */
class SeasonWeatherTest {
    private static final LeagueData DATA = LeagueData.mlb2025();
    private static final List<ScheduledGame> SCHEDULE = Schedule.mlb2025();

    @Test
    void theScheduleKnowsDayFromNight() {
        long day = SCHEDULE.stream().filter(ScheduledGame::dayGame).count();
        assertThat(day).isBetween(800L, 1100L); // 2025: 940 day games of 2430
    }

    @Test
    void weatherVariesByGameIsSeededPerGameAndAverageIsTheParksAir() {
        List<ScheduledGame> wrigley = SCHEDULE.stream().filter(g -> g.home().equals("CHC")).toList();
        long[] seeds = SeasonRunner.gameSeeds(5, SCHEDULE.size());
        Set<Double> temps = wrigley.stream()
                .map(g -> SeasonRunner.parkFor(g, seeds[g.index()], WeatherMode.GAME_DAY, DATA).atmosphere().temperatureF())
                .collect(Collectors.toSet());
        assertThat(temps).as("81 games, 81 temperatures").hasSize(wrigley.size());
        ScheduledGame g = wrigley.get(10);
        Park once = SeasonRunner.parkFor(g, seeds[g.index()], WeatherMode.GAME_DAY, DATA);
        assertThat(SeasonRunner.parkFor(g, seeds[g.index()], WeatherMode.GAME_DAY, DATA)).isEqualTo(once);
        assertThat(once.wind().speedMph()).isPositive();
        assertThat(once.atmosphere().elevationFt()).isEqualTo(DATA.park("CHC").atmosphere().elevationFt());
        assertThat(SeasonRunner.parkFor(g, seeds[g.index()], WeatherMode.AVERAGE, DATA)).isSameAs(DATA.park("CHC"));
    }
}
