"""Does each hitter's direction carry through, and his fouls? Per-hitter pulled and opposite-field
shares of the engine's fair batted balls against his 2025 rates (Savant batted-ball leaderboard, the
bundled hitters.csv), his foul share of bat-ball contacts against his 2025 one (Savant bat tracking),
and the league's home runs and fly-ball/line-drive exit velocity by direction. The two go together:
the engine's fouls off to the side come from the same timing spread as a fair ball's direction.

Usage (from the repository root, after `make build`):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/spray_vs_2025.py /tmp/pa.csv [MIN_BALLS]

Directions as in `ballflight.pa.SprayDirection`: pulled / opposite beyond 15 degrees either side of
center, from the launch direction (`spray_angle_deg`, + toward right field) and the batter's side
(`stand`). Hitters with fewer than MIN_BALLS (default 150) fair batted balls are left out, and from
the foul line those with fewer than twice as many contacts. A foul with a launch direction went off
to the side; one without went back (a tip, or a ball the bat glanced off).
"""
import csv
import sys
from collections import defaultdict

import numpy as np

HITTERS = "baseball/src/main/resources/mlb-2025/hitters.csv"
CENTER_HALF_WIDTH_DEG = 15.0


def direction(spray_deg, stand):
    pullward = -spray_deg if stand == "R" else spray_deg
    if pullward > CENTER_HALF_WIDTH_DEG:
        return "pull"
    return "oppo" if pullward < -CENTER_HALF_WIDTH_DEG else "straight"


def correlation_line(label, real, engine):
    real, engine = np.array(real), np.array(engine)
    print("%s per hitter vs 2025: n %d  r %.3f  slope %.2f  sd 2025 %.3f engine %.3f"
          % (label, len(real), np.corrcoef(real, engine)[0, 1], np.polyfit(real, engine, 1)[0],
             real.std(), engine.std()))


def main(path, min_balls):
    rates = {r["name"]: r for r in csv.DictReader(open(HITTERS, encoding="utf-8"))}
    counts = defaultdict(lambda: defaultdict(int))
    air_ev = defaultdict(list)
    home_runs = defaultdict(int)
    fouls = defaultdict(int)
    fouls_side = 0
    for row in csv.DictReader(open(path, encoding="utf-8")):
        if row["description"] == "foul":
            fouls[row["batter_name"]] += 1
            fouls_side += 1 if row["spray_angle_deg"] else 0
            continue
        if row["description"] != "hit_into_play" or not row["spray_angle_deg"]:
            continue
        d = direction(float(row["spray_angle_deg"]), row["stand"])
        counts[row["batter_name"]][d] += 1
        counts[row["batter_name"]]["all"] += 1
        if 10.0 <= float(row["launch_angle"]) < 50.0:
            air_ev[d].append(float(row["launch_speed"]))
        if row["events"] == "home_run":
            home_runs[d] += 1
    for side, column in (("pull", "pull_rate"), ("oppo", "oppo_rate")):
        real, engine = [], []
        for name, c in counts.items():
            r = rates.get(name)
            if c["all"] < min_balls or r is None or not r[column]:
                continue
            real.append(float(r[column]))
            engine.append(c[side] / c["all"])
        correlation_line("%-4s share" % side, real, engine)
    real, engine = [], []
    for name, c in counts.items():
        r = rates.get(name)
        contacts = c["all"] + fouls[name]
        if contacts < 2 * min_balls or r is None or not r["fouls_per_contact"]:
            continue
        real.append(float(r["fouls_per_contact"]))
        engine.append(fouls[name] / contacts)
    correlation_line("foul share of contacts", real, engine)
    print("fouls to the side / back: %d / %d" % (fouls_side, sum(fouls.values()) - fouls_side))
    total = sum(home_runs.values())
    print("home runs pulled / straightaway / opposite: %s (of %d)"
          % (" / ".join("%.2f" % (home_runs[d] / total) for d in ("pull", "straight", "oppo")), total))
    print("fly balls and line drives (10-50 deg), mean EV mph: %s"
          % "  ".join("%s %.1f" % (d, np.mean(air_ev[d])) for d in ("pull", "straight", "oppo")))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150)
