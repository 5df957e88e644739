package ballflight.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ballflight.data.Pitcher;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PitchingPlanTest {
    private static final Rosters ROSTERS = Rosters.mlb2025();

    private static Map<String, Integer> starts(TeamRoster t) {
        Map<String, Integer> n = new HashMap<>();
        for (int g = 0; g < PitchingPlan.TEAM_GAMES; g++) {
            Pitcher p = t.starter(g);
            if (p != null) {
                n.merge(p.name(), 1, Integer::sum);
            }
        }
        return n;
    }

    @Test
    void startsAndReliefAreToldApartFromInningsPerGame() {
        Pitcher any = ROSTERS.teams().get("HOU").rotation().getFirst();
        // Okert 2025: 71.2 IP in 68 games; Snell: 61.1 IP in 11 games.
        assertThat(PitcherUsage.of(any, 215, 68).starts()).isLessThan(0.1);
        PitcherUsage snell = PitcherUsage.of(any, 184, 11);
        assertThat(snell.starts()).isEqualTo(11);
        assertThat(snell.reliefGames()).isZero();
        assertThat(snell.inningsPerStart()).isCloseTo(61.333 / 11, within(1e-3));
        PitcherUsage swing = PitcherUsage.of(any, 300, 40);
        assertThat(swing.starts()).isBetween(1.0, 39.0);
        assertThat(swing.starts() * swing.inningsPerStart() + swing.reliefInnings()).isCloseTo(100, within(1e-9));
    }

    @Test
    void relieversNeverStartAndTheStartersOf2025Do() {
        assertThat(starts(ROSTERS.teams().get("HOU"))).doesNotContainKey("Steven Okert").doesNotContainKey("Josh Hader");
        Map<String, Integer> lad = starts(ROSTERS.teams().get("LAD"));
        assertThat(lad.get("Blake Snell")).isBetween(11, 14);
        assertThat(lad.get("Shohei Ohtani")).as("two-way: he pitched, so he starts").isPositive();
        assertThat(lad.get("Yoshinobu Yamamoto")).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyTeamFillsItsGamesWithinEachStartersCapAndRest() {
        Map<String, Integer> usageGames = new HashMap<>();
        for (String[] r : ResourceTable.load("/mlb-2025/pitcher_usage.csv", "name", "team", "outs", "games").rows()) {
            usageGames.put(r[1] + "|" + r[0], Integer.parseInt(r[3]));
        }
        int bullpenGames = 0;
        for (TeamRoster t : ROSTERS.teams().values()) {
            PitchingPlan plan = t.plan();
            bullpenGames += plan.bullpenGames();
            for (Map.Entry<String, Integer> e : starts(t).entrySet()) {
                Pitcher p = t.rotation().stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow();
                double estimated = plan.usage(p).starts();
                assertThat(estimated).as(e.getKey()).isGreaterThanOrEqualTo(PitchingPlan.MIN_STARTS);
                assertThat((double) e.getValue()).as(e.getKey())
                        .isLessThanOrEqualTo((double) Math.round(PitchingPlan.STARTS_CAP_FACTOR * estimated + PitchingPlan.STARTS_CAP_EXTRA));
                assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(usageGames.get(t.team() + "|" + e.getKey()) * 2 + 2);
            }
            for (int g = 1; g < PitchingPlan.TEAM_GAMES; g++) {
                Pitcher p = t.starter(g);
                for (int back = 1; back <= PitchingPlan.REST_GAMES && g - back >= 0; back++) {
                    assertThat(p != null && t.starter(g - back) == p).as(t.team() + " game " + g + " rest").isFalse();
                }
            }
        }
        assertThat(bullpenGames).as("bullpen games in the league").isLessThan(300);
    }

    @Test
    void nobodyButTheDepthArmIsPlannedThreeGamesInARow() {
        for (TeamRoster t : ROSTERS.teams().values()) {
            PitchingPlan plan = t.plan();
            assertThat(plan.depthArm()).isNotNull();
            assertThat(plan.depthArm().name()).startsWith(Rosters.DEPTH_ARM); // one per team, named with it
            assertThat(plan.depthArm().contactAllowedZ()).as("he stands for many pitchers: the league's contact").isZero();
            for (int g = 2; g < PitchingPlan.TEAM_GAMES; g++) {
                for (Pitcher p : plan.reliefOrder(g)) {
                    boolean thirdDay = p != plan.depthArm() && plan.reliefOrder(g - 1).contains(p)
                            && plan.reliefOrder(g - 2).contains(p);
                    assertThat(thirdDay).as(t.team() + " " + p.name() + " game " + g).isFalse();
                    assertThat(p).isNotSameAs(t.starter(g));
                }
            }
        }
    }

    @Test
    void aLongGameGoesToTheStaffsOwnSpareArmsOnlyWhenItsDataCoversTheSeason() {
        int deep = 0;
        int short_ = 0;
        for (TeamRoster t : ROSTERS.teams().values()) {
            PitchingPlan plan = t.plan();
            // The plan's relief caps: when they cannot reach the season's relief innings, every
            // reliever is planned at his cap and the rest is the depth arm's (the data lacks it).
            double capSum = 0;
            for (Pitcher p : t.allPitchers()) {
                if (p == plan.depthArm()) {
                    continue;
                }
                PitcherUsage u = plan.usage(p);
                boolean rotation = u.starts() >= PitchingPlan.MIN_STARTS;
                capSum += u.reliefInnings() > 0
                        ? PitchingPlan.RELIEF_CAP_FACTOR * u.reliefInnings() + (rotation ? 0 : PitchingPlan.RELIEF_CAP_EXTRA_IP) : 0;
            }
            int gamesWithSpare = 0;
            for (int g = 0; g < PitchingPlan.TEAM_GAMES; g++) {
                List<Pitcher> spare = plan.overflow(g);
                gamesWithSpare += spare.isEmpty() ? 0 : 1;
                for (Pitcher p : spare) {
                    String who = t.team() + " " + p.name() + " game " + g;
                    assertThat(plan.reliefOrder(g)).as(who + ": not already planned").doesNotContain(p);
                    assertThat(p).as(who).isNotSameAs(plan.depthArm()).isNotSameAs(plan.closer()).isNotSameAs(plan.setup());
                    assertThat(plan.usage(p).starts()).as(who + ": a reliever").isLessThan(PitchingPlan.MIN_STARTS);
                    boolean thirdDay = g >= 2 && plan.reliefOrder(g - 1).contains(p) && plan.reliefOrder(g - 2).contains(p);
                    assertThat(thirdDay).as(who + ": rested").isFalse();
                }
            }
            if (capSum <= PitchingPlan.TEAM_GAMES * PitchingPlan.RELIEF_IP_PER_GAME) {
                assertThat(gamesWithSpare).as(t.team() + ": its data lacks relief innings, the depth arm takes them").isZero();
                short_++;
            } else {
                assertThat(gamesWithSpare).as(t.team() + ": a staff deeper than its season").isGreaterThan(PitchingPlan.TEAM_GAMES / 4);
                deep++;
            }
        }
        assertThat(deep).as("teams whose 2025 relievers cover the season").isGreaterThan(10);
        assertThat(short_).as("teams whose data lacks relief innings (traded or barely used arms)").isPositive();
    }

    @Test
    void aRotationPitchersReliefIsOnlyWhatHisInningsLeaveOver() {
        // Zebby Matthews, 79.1 IP in 16 games: 14.7 starts and 1.3 relief games by the estimate.
        PitchingPlan plan = ROSTERS.teams().get("MIN").plan();
        Pitcher zebby = plan.rotation().stream().filter(p -> p.name().equals("Zebby Matthews")).findFirst().orElseThrow();
        PitcherUsage u = plan.usage(zebby);
        assertThat(u.starts()).isGreaterThan(PitchingPlan.MIN_STARTS);
        int outings = 0;
        for (int g = 0; g < PitchingPlan.TEAM_GAMES; g++) {
            outings += plan.reliefOrder(g).contains(zebby) ? 1 : 0;
        }
        // His cap is 1.2 x 1.4 relief innings with no extra (a reliever's would be 5 innings more),
        // and the plan runs at most an outing past a share: three outings of an inning at most.
        assertThat(outings).isLessThanOrEqualTo((int) Math.ceil(PitchingPlan.RELIEF_CAP_FACTOR * u.reliefInnings()) + 1);
    }

    @Test
    void closerAndSetupAreHighUsageRelieversRankedByStrikeoutsMinusWalks() {
        for (TeamRoster t : ROSTERS.teams().values()) {
            PitchingPlan plan = t.plan();
            if (plan.closer() != null && plan.setup() != null) {
                assertThat(plan.usage(plan.closer()).reliefGames()).isGreaterThanOrEqualTo(PitchingPlan.ROLE_MIN_RELIEF_GAMES);
                assertThat(plan.usage(plan.closer()).quality()).isGreaterThanOrEqualTo(plan.usage(plan.setup()).quality());
            }
        }
        assertThat(ROSTERS.teams().get("HOU").plan().closer().name()).isEqualTo("Josh Hader");
    }

    @Test
    void fillSharesInProportionWithinCaps() {
        double[] shares = PitchingPlan.fill(new double[] {10, 20, 30, 0}, new double[] {100, 100, 40, 5}, 120);
        assertThat(Arrays.stream(shares).sum()).isCloseTo(120, within(1e-6));
        assertThat(shares[2]).isCloseTo(40, within(1e-6));
        assertThat(shares[1] / shares[0]).isCloseTo(2, within(1e-6));
        assertThat(shares[3]).isZero();
        double[] capped = PitchingPlan.fill(new double[] {1, 1}, new double[] {3, 4}, 100);
        assertThat(capped).containsExactly(3, 4);
        assertThat(List.of(ROSTERS.teams().get("MIN").depthBats().size())).containsExactly(DepthBat.PER_TEAM);
    }
}
