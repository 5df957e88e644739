package ballflight.fielding;

import ballflight.data.LeagueData;
import ballflight.data.Park;
import ballflight.engine.FlightSimulator;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.ArrayList;
import java.util.List;

/**
 * "Gone in how many parks?": one batted ball flown in all 30 parks, each in its own air (elevation,
 * typical game-time temperature, optional wind) against its own fence, judged where the ball
 * crosses the fence line at the wall height there ({@link FenceCrossing}). One simulator (not
 * thread-safe, like the simulator).
 *
 * <pre>{@code
 * try (FlightSimulator sim = FlightSimulator.create()) {
 *     HomeRunParks.Answer a = new HomeRunParks(sim, LeagueData.mlb2025())
 *             .ask(new Launch(103, 27, -15, 2300, 0, 3), ParkAir.AVERAGE);
 *     System.out.println(a.verdict());   // e.g. "HR in 22 of 30 parks"
 * }
 * }</pre>
 */
public final class HomeRunParks {
    /** Slack below the shortest fence for {@link #homeRunCount}'s one-flight shortcut: the ball's spray drifts in flight. */
    static final double SHORTCUT_MARGIN_FT = 20.0;
    private final FlightSimulator sim;
    private final FlightSimulator traced;
    private final LeagueData data;

    public HomeRunParks(FlightSimulator sim, LeagueData data) {
        this.sim = sim;
        this.traced = sim.recordingPath(BallInPlay.PATH_SAMPLES, BallInPlay.PATH_INTERVAL_S);
        this.data = data;
    }

    /**
     * In how many parks the ball is a home run, as {@code ask(launch, air).homeRuns()}, but with one
     * flight for most balls: the ball carries farthest in the thinnest air with the strongest of the
     * parks' winds behind it along its line, so when that flight lands {@value #SHORTCUT_MARGIN_FT} ft
     * short of the shortest fence of any park at its landing angle, it is gone nowhere
     * (HomeRunQualityTest holds that the two agree).
     */
    public int homeRunCount(Launch launch, ParkAir air) {
        List<Park> parks = data.parks().values().stream().map(p -> air.apply(p, data)).toList();
        // A sheared wind blows harder above its reference height than the bounding flight's uniform one.
        if (parks.stream().anyMatch(p -> p.wind() != null && p.wind().shearExponent() != 0.0)) {
            return ask(launch, air).homeRuns();
        }
        Park thinnest = parks.stream().min(java.util.Comparator.comparingDouble(
                (Park p) -> p.atmosphere().airDensityKgPerM3())).orElseThrow();
        double strongestMph = parks.stream().mapToDouble(p -> p.wind() == null ? 0.0 : p.wind().speedMph()).max().orElseThrow();
        Wind behind = Wind.of(strongestMph, launch.sprayAngleDeg());
        FlightResult r = sim.fly(new FlightRequest(launch.toInitialState(), thinnest.atmosphere(), behind, null, Double.NaN));
        double spray = Math.toDegrees(Math.atan2(r.landingXFt(), r.landingYFt()));
        double shortest = parks.stream().mapToDouble(p -> p.fenceDistanceFt(spray)).min().orElseThrow();
        if (r.distanceFt() < shortest - SHORTCUT_MARGIN_FT) {
            return 0;
        }
        return ask(launch, air).homeRuns();
    }

    public Answer ask(Launch launch, ParkAir air) {
        List<Park> parks = data.parks().values().stream().map(p -> air.apply(p, data)).toList();
        List<FlightRequest> requests = new ArrayList<>(parks.size());
        for (Park p : parks) {
            requests.add(new FlightRequest(launch.toInitialState(), p.atmosphere(), p.wind(), null, Double.NaN));
        }
        List<FlightResult> flights = traced.flyAll(requests);
        List<ParkVerdict> out = new ArrayList<>(parks.size());
        for (int i = 0; i < parks.size(); i++) {
            FlightResult r = flights.get(i);
            out.add(new ParkVerdict(parks.get(i), r.distanceFt(), FenceCrossing.find(r.path(), parks.get(i))));
        }
        return new Answer(launch, List.copyOf(out));
    }

    /**
     * The ball's answer in every park.
     *
     * @param launch the ball
     * @param parks one verdict per park, in the data's park order
     */
    public record Answer(Launch launch, List<ParkVerdict> parks) {
        /** At most this many parks are named as the exception ("only at ...", "out only at ..."). */
        static final int OUTLIERS_NAMED = 3;

        public int homeRuns() {
            return (int) parks.stream().filter(ParkVerdict::homeRun).count();
        }

        public List<ParkVerdict> gone() {
            return parks.stream().filter(ParkVerdict::homeRun).toList();
        }

        public List<ParkVerdict> inThePark() {
            return parks.stream().filter(v -> !v.homeRun()).toList();
        }

        /** "HR in N of 30 parks". */
        public String verdict() {
            return "HR in " + homeRuns() + " of " + parks.size() + " parks";
        }

        /** The exception named: "only at Coors Field", "out only at Comerica Park and Kauffman Stadium", or "". */
        public String outlier() {
            int n = homeRuns();
            if (n > 0 && n <= OUTLIERS_NAMED) {
                return "only at " + names(gone());
            }
            int out = parks.size() - n;
            if (out > 0 && out <= OUTLIERS_NAMED) {
                return "out only at " + names(inThePark());
            }
            return "";
        }

        private static String names(List<ParkVerdict> vs) {
            List<String> names = vs.stream().map(v -> v.park().venue()).toList();
            if (names.size() == 1) {
                return names.getFirst();
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }
    }
}
