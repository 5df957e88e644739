package ballflight.data;

import ballflight.model.Atmosphere;
import ballflight.model.Wind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 2025 players, parks and league-average defence, loaded from the bundled
 * {@code /mlb-2025/*.csv} (built from Baseball Savant leaderboards and the 2025 rosters; which
 * file feeds which field, and how gaps are filled, is in docs/DATA.md). Immutable once built and
 * shared by every thread; {@link #mlb2025()} loads it once.
 */
public final class LeagueData {
    /** Release extension is not in the data; the 2025 league average is about 6.4 ft. */
    static final double LEAGUE_EXTENSION_FT = 6.4;
    private static final String DIR = "/mlb-2025/";
    private static final List<String> POSITIONS = List.of("1B", "2B", "3B", "SS", "LF", "CF", "RF");

    private final List<Hitter> hitters;
    private final List<Pitcher> pitchers;
    private final Map<String, Park> parks;
    private final Map<String, ParkClimate> climates;
    private final Park neutralPark;
    private final Defense leagueDefense;
    private final NameIndex<Hitter> hitterIndex;
    private final NameIndex<Pitcher> pitcherIndex;

    private LeagueData() {
        this.parks = loadParks();
        this.climates = loadClimates();
        Map<String, Double> ratesAir = ratesBreakScales(parks);
        this.hitters = loadHitters(ratesAir);
        this.pitchers = loadPitchers(ratesAir);
        this.neutralPark = neutral(parks.values());
        this.leagueDefense = loadDefense(hitters);
        this.hitterIndex = new NameIndex<>("--batter", hitters, Hitter::name);
        this.pitcherIndex = new NameIndex<>("--pitcher", pitchers, Pitcher::name);
    }

    private static final class Holder {
        static final LeagueData INSTANCE = new LeagueData();
    }

    /** The bundled 2025 data (loaded on first use). */
    public static LeagueData mlb2025() {
        return Holder.INSTANCE;
    }

    /** Every rostered hitter, most plate appearances first. */
    public List<Hitter> hitters() {
        return hitters;
    }

    /** Every rostered pitcher, most batters faced first. */
    public List<Pitcher> pitchers() {
        return pitchers;
    }

    public Hitter hitter(String name) {
        return hitterIndex.find(name);
    }

    public Pitcher pitcher(String name) {
        return pitcherIndex.find(name);
    }

    /** The game-time climate of a team's park (e.g. COL), case-insensitive. */
    public ParkClimate climate(String team) {
        ParkClimate c = climates.get(park(team).team());
        if (c == null) {
            throw new IllegalStateException("no climate for park " + team);
        }
        return c;
    }

    /** A park by home team abbreviation (e.g. COL), case-insensitive. */
    public Park park(String team) {
        Park p = parks.get(team.trim().toUpperCase(Locale.ROOT));
        if (p == null) {
            List<String> closest = parks.keySet().stream()
                    .sorted(Comparator.comparingInt((String k) -> EditDistance.between(
                            team.trim().toUpperCase(Locale.ROOT), k)).thenComparing(k -> k))
                    .limit(5).toList();
            throw UnknownName.of("--park", team, closest);
        }
        return p;
    }

    public Map<String, Park> parks() {
        return parks;
    }

    /**
     * The league-average park: the five fence points, fence height, game temperature and elevation
     * each averaged over the 30 parks (so plate appearances there see the air a season sees).
     */
    public Park neutralPark() {
        return neutralPark;
    }

    /** League-average positioning and skills at every position. */
    public Defense leagueDefense() {
        return leagueDefense;
    }

    // ---- hitters ----------------------------------------------------------------------------

    /** By team: the break scale of the air its players' 2025 rates were earned in (half at home). */
    private static Map<String, Double> ratesBreakScales(Map<String, Park> parks) {
        Map<String, Double> out = new HashMap<>();
        parks.forEach((team, p) -> out.put(team, LeagueAir.ratesBreakScale(p.atmosphere().airDensityKgPerM3())));
        return out;
    }

    private static List<Hitter> loadHitters(Map<String, Double> ratesAir) {
        CsvTable t = CsvTable.load(DIR + "hitters.csv");
        String[] fields = {"bat_speed_mph", "attack_angle_deg", "whiff_per_swing", "chase_percentile", "avg_la_deg",
            "avg_ev_mph", "ev50_mph", "squared_up_per_contact", "barrel_pct", "sweet_spot_pct", "pull_rate", "oppo_rate", "sprint_speed_ftps", "arm_mph", "fielding_pct",
            "jump_reaction_ft", "jump_burst_ft", "jump_route_ft", "fouls_per_contact"};
        Map<String, GroupMeans> means = new HashMap<>();
        for (String f : fields) {
            GroupMeans m = new GroupMeans();
            for (int r = 0; r < t.size(); r++) {
                m.add(t.text(r, "position"), t.number(r, f), Math.max(1, t.number(r, "pa")));
            }
            means.put(f, m);
        }
        GroupMeans k = new GroupMeans();
        GroupMeans bb = new GroupMeans();
        for (int r = 0; r < t.size(); r++) {
            double pa = t.number(r, "pa");
            if (pa >= 1) {
                k.add(t.text(r, "position"), t.number(r, "k") / pa, pa);
                bb.add(t.text(r, "position"), t.number(r, "bb") / pa, pa);
            }
        }
        List<Hitter> out = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            final int r = row;
            String pos = t.text(r, "position");
            java.util.function.BiFunction<String, Double, Double> v =
                    (f, c) -> means.get(f).fill(t.number(r, f), pos, c);
            double pa = Double.isNaN(t.number(r, "pa")) ? 0 : t.number(r, "pa");
            double kRate = pa >= 1 ? t.number(r, "k") / pa : k.of(pos, 0.22);
            double bbRate = pa >= 1 ? t.number(r, "bb") / pa : bb.of(pos, 0.085);
            // Savant percentiles rank "better" higher: a high chase percentile means a low chase rate.
            double chase = Hitter.LEAGUE_CHASE_RATE
                    - Hitter.CHASE_RATE_SD * Quantiles.normal(v.apply("chase_percentile", 50.0) / 100.0);
            double sprint = v.apply("sprint_speed_ftps", 27.0);
            double launchAngleDeg = v.apply("avg_la_deg", 13.0);
            FielderSkill skill = fielderSkill(sprint, v.apply("jump_reaction_ft", 0.0), v.apply("jump_burst_ft", 0.0),
                    v.apply("jump_route_ft", 0.0), v.apply("arm_mph", 80.0), v.apply("fielding_pct", 0.985),
                    // No framing record: an average receiver (not the position's mean, which is the catchers').
                    Framing.strikesPerOut(t.number(r, "framing_runs"), t.number(r, "catcher_outs")));
            out.add(new Hitter(t.text(r, "name"), t.text(r, "team"), pos, Handedness.parse(t.text(r, "bats")),
                    (int) pa, kRate, bbRate, v.apply("bat_speed_mph", 71.5), v.apply("attack_angle_deg", 10.0),
                    v.apply("whiff_per_swing", 0.24), chase, launchAngleDeg, v.apply("avg_ev_mph", 89.0), v.apply("ev50_mph", 100.0),
                    v.apply("squared_up_per_contact", 0.33), v.apply("barrel_pct", 8.6) / 100.0,
                    LaunchAngleSpread.sdDeg(launchAngleDeg, v.apply("sweet_spot_pct", 0.34)),
                    v.apply("pull_rate", 0.40), v.apply("oppo_rate", 0.25), sprint, skill,
                    ratesAir.getOrDefault(t.text(r, "team"), 1.0),
                    v.apply("fouls_per_contact", Hitter.LEAGUE_FOULS_PER_CONTACT)));
        }
        out.sort(Comparator.comparingInt(Hitter::plateAppearances).reversed());
        return List.copyOf(out);
    }

    /**
     * Savant's jump splits the first 3 s of an outfielder's run into reaction, burst and route,
     * each in feet gained against the league: feet gained early are time saved at top speed.
     */
    static FielderSkill fielderSkill(double sprintFtPerS, double reactionFt, double burstFt, double routeFt,
                                     double armMph, double fieldingPct, double framingStrikesPerOut) {
        double reactionS = Math.max(0.15, 0.45 - (reactionFt + burstFt) / sprintFtPerS);
        double route = Math.max(0.80, Math.min(1.0, 0.93 + routeFt / 60.0));
        return new FielderSkill(sprintFtPerS, reactionS, route, armMph, fieldingPct, framingStrikesPerOut);
    }

    // ---- pitchers ---------------------------------------------------------------------------

    private static List<Pitcher> loadPitchers(Map<String, Double> ratesAir) {
        CsvTable t = CsvTable.load(DIR + "pitchers.csv");
        Map<String, List<Integer>> arsenalRows = new HashMap<>();
        CsvTable a = CsvTable.load(DIR + "arsenal.csv");
        for (int r = 0; r < a.size(); r++) {
            arsenalRows.computeIfAbsent(a.text(r, "name"), n -> new ArrayList<>()).add(r);
        }
        GroupMeans angle = new GroupMeans();
        GroupMeans side = new GroupMeans();
        GroupMeans height = new GroupMeans();
        GroupMeans velo = new GroupMeans();
        GroupMeans kRate = new GroupMeans();
        GroupMeans bbRate = new GroupMeans();
        for (int r = 0; r < t.size(); r++) {
            String role = role(t, r);
            double hand = Handedness.parse(t.text(r, "throws")).sign();
            angle.add(role, t.number(r, "arm_angle_deg"), 1);
            side.add(role, -hand * t.number(r, "release_x_ft"), 1);
            height.add(role, t.number(r, "release_z_ft"), 1);
            velo.add(role, t.number(r, "fb_velo_mph"), 1);
            double bf = battersFaced(t, r);
            if (bf >= 1) {
                kRate.add(role, t.number(r, "k") / bf, bf);
                bbRate.add(role, t.number(r, "bb") / bf, bf);
            }
        }
        List<Pitcher> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            String role = role(t, r);
            Handedness hand = Handedness.parse(t.text(r, "throws"));
            double bf = battersFaced(t, r);
            double fbVelo = velo.fill(t.number(r, "fb_velo_mph"), role, 94.0);
            double fbSpinZ = Quantiles.normal(fill(t.number(r, "fb_spin_percentile"), 50.0) / 100.0);
            double cuSpinZ = Quantiles.normal(fill(t.number(r, "curve_spin_percentile"), 50.0) / 100.0);
            double releaseX = t.number(r, "release_x_ft");
            releaseX = Double.isNaN(releaseX) ? -hand.sign() * side.of(role, 1.9) : releaseX;
            List<PitchSpec> arsenal = arsenal(t.text(r, "name"), a, arsenalRows, hand, fbVelo, fbSpinZ, cuSpinZ,
                    "starter".equals(role));
            out.add(new Pitcher(t.text(r, "name"), t.text(r, "team"), hand, "starter".equals(role), (int) bf,
                    bf >= 1 ? t.number(r, "k") / bf : kRate.of(role, 0.22),
                    bf >= 1 ? t.number(r, "bb") / bf : bbRate.of(role, 0.085),
                    angle.fill(t.number(r, "arm_angle_deg"), role, 42.0), releaseX,
                    height.fill(t.number(r, "release_z_ft"), role, 5.8), LEAGUE_EXTENSION_FT, arsenal,
                    contactAllowedZ(t.number(r, "xtb_per_bip"), t.number(r, "bip"), fbVelo),
                    ratesAir.getOrDefault(t.text(r, "team"), 1.0)));
        }
        out.sort(Comparator.comparingInt(Pitcher::battersFaced).reversed());
        return List.copyOf(out);
    }

    /** League expected total bases per ball in play allowed, 2025 (BIP-weighted over the bundled pitchers). */
    static final double LEAGUE_XTB_PER_BIP = 0.537;
    /** Its spread among the pitchers with 300+ balls in play, 2025. */
    static final double XTB_SD = 0.044;
    /** A few balls in play can put a pitcher far out: his score is held to this many sd. */
    static final double MAX_CONTACT_Z = 2.0;
    /** League fastball speed, 2025 (BIP-weighted over the bundled pitchers), mph. */
    static final double LEAGUE_FB_VELO_MPH = 94.2;
    /**
     * What a mph of fastball speed adds to the contact a pitcher allows, as a normal score: the
     * collision gives the ball about q = 0.21 mph more exit velocity per mph of pitch, which raises the
     * engine's total bases per ball in play 0.008 a mph at the same score (0.18 of xTB's spread among
     * pitchers; docs/CALIBRATION.md, "A pitcher's speed counted once").
     */
    static final double CONTACT_Z_PER_FB_MPH = 0.18;

    /**
     * Quality of contact a pitcher allowed as a normal score (+ = harder contact than the league):
     * his 2025 expected total bases per ball in play as it was, like his 2025 K% and BB% (a replay
     * of 2025, not a projection: regressing it to the league by its reliability, BIP / (BIP + 300),
     * was tried and moved the replay away from 2025, docs/CALIBRATION.md); unknown = the league's.
     * His 2025 xTB already holds what his fastball's speed did to the ball, and the collision adds
     * that speed again on every contact, so the score is taken net of it (as a hitter's EV50 is
     * taken net of how squarely he meets the ball, {@code ContactEv50}).
     */
    static double contactAllowedZ(double xtbPerBip, double bip, double fbVeloMph) {
        double asItWas = Double.isNaN(xtbPerBip) || !(bip > 0)
                ? 0.0 : NormalScore.of(xtbPerBip, LEAGUE_XTB_PER_BIP, XTB_SD, MAX_CONTACT_Z);
        double net = asItWas - CONTACT_Z_PER_FB_MPH * (fbVeloMph - LEAGUE_FB_VELO_MPH);
        return Math.max(-MAX_CONTACT_Z, Math.min(MAX_CONTACT_Z, net));
    }

    private static String role(CsvTable t, int r) {
        return "1".equals(t.text(r, "starter")) ? "starter" : "reliever";
    }

    /** Outs plus baserunners allowed (WHIP x innings): batters faced, without HBP and errors. */
    private static double battersFaced(CsvTable t, int r) {
        double outs = fill(t.number(r, "outs"), 0.0);
        return outs + fill(t.number(r, "whip"), 1.3) * outs / 3.0;
    }

    private static List<PitchSpec> arsenal(String name, CsvTable a, Map<String, List<Integer>> rows, Handedness hand,
                                           double fbVelo, double fbSpinZ, double cuSpinZ, boolean starter) {
        List<PitchSpec> specs = new ArrayList<>();
        double total = 0;
        for (int r : rows.getOrDefault(name, List.of())) {
            double usage = a.number(r, "usage_pct");
            if (!(usage > 0)) {
                continue;
            }
            String type = a.text(r, "pitch_type");
            PitchTypeDefaults d = PitchTypeDefaults.of(type);
            double spinZ = PitchTypeDefaults.family(type) == PitchFamily.BREAKING ? cuSpinZ : fbSpinZ;
            double active = a.number(r, "active_spin_pct") / 100.0;
            double clock = a.number(r, "spin_clock_hours");
            double whiff = a.number(r, "whiff_pct") / 100.0;
            double putAway = a.number(r, "put_away_pct") / 100.0;
            specs.add(new PitchSpec(type, usage, fbVelo + d.speedOffsetMph(), d.spinRpm() * (1 + 0.07 * spinZ),
                    active > 0.05 && active <= 1.0 ? active : d.activeSpin(),
                    Double.isNaN(clock) ? mirror(d.clockHours(), hand) : clock,
                    Double.isNaN(whiff) ? d.whiffRate() : whiff, PutAway.lift(whiff, putAway)));
            total += usage;
        }
        if (specs.isEmpty()) {
            // No arsenal row: the league's typical mix for the role.
            Map<String, Double> mix = new LinkedHashMap<>();
            if (starter) {
                mix.put("FF", 0.40); mix.put("SI", 0.12); mix.put("SL", 0.20); mix.put("CH", 0.15); mix.put("CU", 0.13);
            } else {
                mix.put("FF", 0.50); mix.put("SL", 0.35); mix.put("CH", 0.15);
            }
            mix.forEach((type, u) -> {
                PitchTypeDefaults d = PitchTypeDefaults.of(type);
                specs.add(new PitchSpec(type, u, fbVelo + d.speedOffsetMph(), d.spinRpm() * (1 + 0.07 * fbSpinZ),
                        d.activeSpin(), mirror(d.clockHours(), hand), d.whiffRate()));
            });
            return specs;
        }
        double sum = total;
        return specs.stream().map(s -> new PitchSpec(s.type(), s.usage() / sum, s.releaseSpeedMph(), s.spinRpm(),
                s.activeSpin(), s.spinClockHours(), s.whiffRate(), s.putAwayLift())).toList();
    }

    /** A right-hander's clock reading for a left-hander: mirrored about 12:00. */
    static double mirror(double clockHours, Handedness hand) {
        return hand == Handedness.RIGHT ? clockHours : (12.0 - clockHours) % 12.0;
    }

    private static double fill(double v, double constant) {
        return Double.isNaN(v) ? constant : v;
    }

    // ---- parks and defence --------------------------------------------------------------------

    /** The parks, each in its typical air: the season's mean wind is the park's carry beyond its air ({@link ParkBreeze}). */
    private static Map<String, Park> loadParks() {
        CsvTable t = CsvTable.load(DIR + "parks.csv");
        Map<String, List<WallSection>> walls = loadWallSections();
        Map<String, Park> out = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            // Retractable roofs: closed games run at about 72 F (roof_pct is the share of closed games).
            double roof = fill(t.number(r, "roof_pct"), 0.0) / 100.0;
            double temp = fill(t.number(r, "avg_temp_f"), 72.0) * (1 - roof) + 72.0 * roof;
            Atmosphere air = Atmosphere.STANDARD.withTemperatureF(temp)
                    .withElevationFt(fill(t.number(r, "elevation_ft"), 0.0));
            Park park = new Park(t.text(r, "team"), t.text(r, "venue"), t.number(r, "lf_line_ft"),
                    t.number(r, "lf_gap_ft"), t.number(r, "cf_ft"), t.number(r, "rf_gap_ft"), t.number(r, "rf_line_ft"),
                    new Wall(fill(t.number(r, "fence_height_ft"), 8.0), walls.getOrDefault(t.text(r, "team"), List.of())), air,
                    ParkBreeze.seasonMean(fill(t.number(r, "env_carry_ft"), 0.0), roof));
            double meanFenceFt = t.number(r, "avg_fence_ft");
            out.put(t.text(r, "team"), Double.isNaN(meanFenceFt) ? park : park.withMeanFenceDistanceFt(meanFenceFt));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Game-time climate by team (parks.csv temperatures and roofs, climate.csv; docs/DATA.md). */
    private static Map<String, ParkClimate> loadClimates() {
        CsvTable parks = CsvTable.load(DIR + "parks.csv");
        Map<String, double[]> park = new HashMap<>();
        for (int r = 0; r < parks.size(); r++) {
            park.put(parks.text(r, "team"), new double[] {fill(parks.number(r, "avg_temp_f"), 72.0),
                fill(parks.number(r, "roof_pct"), 0.0) / 100.0, fill(parks.number(r, "env_carry_ft"), 0.0)});
        }
        CsvTable t = CsvTable.load(DIR + "climate.csv");
        Map<String, ParkClimate> out = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String team = t.text(r, "team");
            double[] p = park.get(team);
            if (p == null) {
                throw new IllegalStateException("climate.csv: team " + team + " has no park in parks.csv");
            }
            out.put(team, new ParkClimate(team, p[0], t.number(r, "day_pct") / 100.0, p[1], t.number(r, "swing_f"),
                    t.number(r, "peak_month"), t.number(r, "wind_mph"), t.number(r, "wind_toward_deg"),
                    fill(t.number(r, "wind_prevailing_share"), 0.0), t.number(r, "spring_wind_toward_deg"), Wind.CALM)
                    .withCarryFt(p[2]));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Landmark wall sections by team (walls.csv; sources in docs/DATA.md). */
    private static Map<String, List<WallSection>> loadWallSections() {
        CsvTable t = CsvTable.load(DIR + "walls.csv");
        Map<String, List<WallSection>> out = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            out.computeIfAbsent(t.text(r, "team"), k -> new ArrayList<>()).add(new WallSection(
                    t.number(r, "from_spray_deg"), t.number(r, "to_spray_deg"), t.number(r, "height_ft"), t.text(r, "section")));
        }
        return out;
    }

    private static Park neutral(java.util.Collection<Park> parks) {
        double n = parks.size();
        return new Park("", "neutral park", parks.stream().mapToDouble(Park::leftLineFt).sum() / n,
                parks.stream().mapToDouble(Park::leftGapFt).sum() / n, parks.stream().mapToDouble(Park::centerFt).sum() / n,
                parks.stream().mapToDouble(Park::rightGapFt).sum() / n,
                parks.stream().mapToDouble(Park::rightLineFt).sum() / n,
                parks.stream().mapToDouble(Park::fenceHeightFt).sum() / n,
                Atmosphere.STANDARD.withTemperatureF(parks.stream().mapToDouble(p -> p.atmosphere().temperatureF()).sum() / n)
                        .withElevationFt(parks.stream().mapToDouble(p -> p.atmosphere().elevationFt()).sum() / n))
                .withBulgeFt(parks.stream().mapToDouble(Park::bulgeFt).sum() / n);
    }

    private static Defense loadDefense(List<Hitter> hitters) {
        CsvTable t = CsvTable.load(DIR + "positioning.csv");
        GroupMeans dist = new GroupMeans();
        GroupMeans ang = new GroupMeans();
        for (int r = 0; r < t.size(); r++) {
            dist.add(t.text(r, "position"), t.number(r, "start_distance_ft"), t.number(r, "pa"));
            ang.add(t.text(r, "position"), t.number(r, "start_angle_deg"), t.number(r, "pa"));
        }
        List<Fielder> fielders = new ArrayList<>();
        // The pitcher fields balls back through the box from the end of his follow-through.
        fielders.add(new Fielder("league average", new FieldPosition("P", 55.0, 0.0),
                new FielderSkill(25.0, 0.40, 0.93, 85.0, 0.970)));
        for (String pos : POSITIONS) {
            double sprint = 0;
            double react = 0;
            double route = 0;
            double arm = 0;
            double pct = 0;
            double w = 0;
            for (Hitter h : hitters) {
                if (h.position().equals(pos) && h.plateAppearances() > 0) {
                    double wt = h.plateAppearances();
                    FielderSkill s = h.fielding();
                    sprint += s.sprintSpeedFtPerS() * wt;
                    react += s.reactionS() * wt;
                    route += s.routeEfficiency() * wt;
                    arm += s.armMph() * wt;
                    pct += s.fieldingPct() * wt;
                    w += wt;
                }
            }
            FielderSkill skill = w > 0 ? new FielderSkill(sprint / w, react / w, route / w, arm / w, pct / w)
                    : new FielderSkill(27.0, 0.45, 0.93, 80.0, 0.985);
            fielders.add(new Fielder("league average", new FieldPosition(pos, dist.of(pos, 150.0), ang.of(pos, 0.0)),
                    skill));
        }
        return new Defense(fielders);
    }
}
