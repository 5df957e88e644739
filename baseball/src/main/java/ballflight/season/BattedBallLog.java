package ballflight.season;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import ballflight.fielding.PaOutcome;
import ballflight.game.GameListener;
import ballflight.game.PlateAppearanceStart;
import ballflight.model.Launch;
import ballflight.pa.PitchEvent;
import java.util.ArrayList;
import java.util.List;

/** One game's fair batted balls, in order: who hit it off whom, how, and whether it left the park. */
public final class BattedBallLog implements GameListener {
    /** @param parksGone set on the worker thread once the ball has been flown in every park (-1 until then) */
    record Ball(Hitter batter, Pitcher pitcher, Launch launch, boolean homeRun, int[] parksGone) {
    }

    final List<Ball> balls = new ArrayList<>();
    private PlateAppearanceStart start;

    @Override
    public void plateAppearanceStart(PlateAppearanceStart s) {
        start = s;
    }

    @Override
    public void pitch(PitchEvent e) {
        if (e.ball() != null && e.play() != null && !e.play().isFoul()) {
            balls.add(new Ball(start.batter(), start.pitcher(), e.ball().launch(), e.play().outcome() == PaOutcome.HR,
                    new int[] {-1}));
        }
    }
}
