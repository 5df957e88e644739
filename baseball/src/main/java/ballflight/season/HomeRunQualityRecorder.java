package ballflight.season;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.game.GameResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Flies every fair batted ball of a season in all 30 parks (on the worker thread that played its
 * game) and adds them up in schedule order, so the result is the same for any thread count. Most
 * balls take one flight ({@link HomeRunParks#homeRunCount}), the rest all thirty.
 */
public final class HomeRunQualityRecorder implements SeasonRecorder<BattedBallLog>, AutoCloseable {
    private final BlockingQueue<HomeRunParks> askers;
    private final List<FlightSimulator> simulators = new ArrayList<>();
    private final Map<String, HomeRunQuality.Line> hitters = new LinkedHashMap<>();
    private final Map<String, HomeRunQuality.Line> pitchers = new LinkedHashMap<>();
    private HomeRunQuality.Line league = HomeRunQuality.Line.empty("league", "");

    /** @param workers the season's worker threads: one park asker (and simulator) each */
    public HomeRunQualityRecorder(Supplier<FlightSimulator> simulators, int workers, LeagueData data) {
        this.askers = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            FlightSimulator sim = simulators.get();
            this.simulators.add(sim);
            askers.add(new HomeRunParks(sim, data));
        }
    }

    @Override
    public BattedBallLog open(ScheduledGame game) {
        return new BattedBallLog();
    }

    @Override
    public void played(ScheduledGame game, GameResult result, BattedBallLog log) {
        HomeRunParks parks = askers.poll();
        if (parks == null) {
            throw new IllegalStateException("more season workers than park askers");
        }
        try {
            for (BattedBallLog.Ball b : log.balls) {
                b.parksGone()[0] = parks.homeRunCount(b.launch(), ParkAir.AVERAGE);
            }
        } finally {
            askers.add(parks);
        }
    }

    @Override
    public void finished(ScheduledGame game, GameResult result, BattedBallLog log) {
        for (BattedBallLog.Ball b : log.balls) {
            int gone = b.parksGone()[0];
            hitters.merge(b.batter().team() + "|" + b.batter().name(),
                    HomeRunQuality.Line.empty(b.batter().name(), b.batter().team()).plus(gone, b.homeRun()),
                    (old, one) -> old.plus(gone, b.homeRun()));
            pitchers.merge(b.pitcher().team() + "|" + b.pitcher().name(),
                    HomeRunQuality.Line.empty(b.pitcher().name(), b.pitcher().team()).plus(gone, b.homeRun()),
                    (old, one) -> old.plus(gone, b.homeRun()));
            league = league.plus(gone, b.homeRun());
        }
    }

    /** The season so far. */
    public HomeRunQuality result() {
        Comparator<HomeRunQuality.Line> byXhr = Comparator.comparingDouble(HomeRunQuality.Line::xhr).reversed()
                .thenComparing(HomeRunQuality.Line::name).thenComparing(HomeRunQuality.Line::team);
        return new HomeRunQuality(hitters.values().stream().sorted(byXhr).toList(),
                pitchers.values().stream().sorted(byXhr).toList(), league);
    }

    @Override
    public void close() {
        simulators.forEach(FlightSimulator::close);
    }
}
