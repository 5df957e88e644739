package ballflight.cli.chart;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import ballflight.export.StatcastGame;
import ballflight.pa.PaRecording;
import ballflight.pa.PitchEvent;
import ballflight.pa.PitchListener;
import ballflight.pa.PlateAppearanceResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what {@code pa --plot} draws: where each ball in play came down and each pitch's break,
 * the first {@link #MAX_POINTS} of each in plate-appearance order (so the picture is the same for
 * any thread count and memory stays bounded on long runs).
 */
public final class PaChartRecorder implements PaRecording<PaChartRecorder.Chunk> {
    /** More dots than this only blacken the chart. */
    public static final int MAX_POINTS = 20_000;
    private static final double IN_PER_FT = 12.0;

    private final List<SprayChart.Point> balls = new ArrayList<>();
    private final List<MovementChart.Point> pitches = new ArrayList<>();
    /**
     * The pitcher is known only when his plate appearance ends, after its pitches: the matchups of a
     * {@code pa --pitcher} run always have the same pitcher, so he is set once up front.
     */
    private final Pitcher onlyPitcher;

    /** One chunk's points, gathered on its worker thread. */
    public static final class Chunk implements PitchListener {
        final List<SprayChart.Point> balls = new ArrayList<>();
        final List<MovementChart.Point> pitches = new ArrayList<>();
        private Pitcher pitcher;

        @Override
        public void pitch(PitchEvent event) {
            if (pitches.size() < MAX_POINTS && pitcher != null) {
                double[] pfx = StatcastGame.pfxFt(pitcher, event.pitch());
                pitches.add(new MovementChart.Point(event.pitch().spec().type(), pfx[0] * IN_PER_FT, pfx[1] * IN_PER_FT));
            }
        }
    }

    /** @param onlyPitcher the one pitcher of the run (for the movement plot), or null to skip pitches */
    public PaChartRecorder(Pitcher onlyPitcher) {
        this.onlyPitcher = onlyPitcher;
    }

    @Override
    public Chunk open(int chunk, long firstPa) {
        Chunk c = new Chunk();
        c.pitcher = onlyPitcher;
        return c;
    }

    @Override
    public void plateAppearance(Chunk c, Hitter batter, Pitcher pitcher, PlateAppearanceResult result) {
        if (result.flight() != null && c.balls.size() < MAX_POINTS) {
            c.balls.add(SprayChart.Point.of(result.flight(), result.type(), result.outcome()));
        }
    }

    @Override
    public void finished(int chunk, Chunk c) {
        balls.addAll(c.balls.subList(0, Math.min(c.balls.size(), MAX_POINTS - balls.size())));
        pitches.addAll(c.pitches.subList(0, Math.min(c.pitches.size(), MAX_POINTS - pitches.size())));
    }

    public List<SprayChart.Point> balls() {
        return List.copyOf(balls);
    }

    public List<MovementChart.Point> pitches() {
        return List.copyOf(pitches);
    }
}
