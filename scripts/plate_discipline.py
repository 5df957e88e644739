#!/usr/bin/env python3
"""The simulation's plate discipline and batted-ball directions against the league's.

Usage (from the repository root, after `make build`):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/plate_discipline.py /tmp/pa.csv [../shared/data/mlb-2025/savant]

Prints the share of pitches in the zone (Statcast zones 1-9), swings and whiffs per swing in and
out of the zone, fouls per contact, and the pulled / straightaway / opposite shares of ground balls
and of air balls (15 degrees either side of center, as `SprayDirection`), each beside the league
figure it should be read against (docs/CALIBRATION.md, "Plate discipline and fouls: measured").
With Savant's folder, also each hitter's pitches per PA against his 2025 one (swing-take
leaderboard), and how pitches per PA and walks rise per sd of his 2025 fouls per contact (bat
tracking), in the simulation and in 2025 (hitters with 400+ simulated PA and 300+ in 2025).
"""
import csv
import sys
from collections import Counter, defaultdict

import numpy as np

from savant_hitters import bat_tracking, fouls_per_contact, key, rows, swing_take
from spray_vs_2025 import direction  # the same thirds as SprayDirection

HITTERS = "baseball/src/main/resources/mlb-2025/hitters.csv"

# League figures: chase rate (Savant percentile rankings, as Hitter.LEAGUE_CHASE_RATE); whiffs per
# swing and fouls per contact (2025 bat tracking: whiffs / swings, (contact - batted balls) / contact
# over the 2025 leaderboard); zone and chase whiffs per swing (Statcast zone contact 82.2 %, chase
# contact 58.9 %, 2021, Baseball Savant via RotoBaller); directions (2025 batted-ball leaderboard,
# weighted by batted balls).
LEAGUE = {"O-swing": 0.285, "whiff/swing": 0.237, "foul/contact": 0.501, "Z-whiff": 0.178, "O-whiff": 0.411}
LEAGUE_DIRECTIONS = {"ground": (0.495, 0.382, 0.123), "air": (0.316, 0.351, 0.333)}
SWINGS = ("foul", "hit_into_play", "swinging_strike")
THIRDS = ("pull", "straight", "oppo")


def main(path):
    c = Counter()
    dirs = {"ground": [0, 0, 0], "air": [0, 0, 0]}
    for row in csv.DictReader(open(path, encoding="utf-8")):
        where = "Z" if row["zone"] and int(row["zone"]) <= 9 else "O"
        what = row["description"]
        c[where + "pitch"] += 1
        if what in SWINGS:
            c[where + "swing"] += 1
            c[where + "whiff"] += what == "swinging_strike"
            c["foul"] += what == "foul"
            c["play"] += what == "hit_into_play"
        if what == "hit_into_play" and row["spray_angle_deg"]:
            kind = "ground" if row["bb_type"] == "ground_ball" else "air"
            dirs[kind][THIRDS.index(direction(float(row["spray_angle_deg"]), row["stand"]))] += 1
    swings = c["Zswing"] + c["Oswing"]
    sim = {"zone share": c["Zpitch"] / (c["Zpitch"] + c["Opitch"]), "Z-swing": c["Zswing"] / c["Zpitch"],
           "O-swing": c["Oswing"] / c["Opitch"], "Z-whiff": c["Zwhiff"] / c["Zswing"],
           "O-whiff": c["Owhiff"] / c["Oswing"], "whiff/swing": (c["Zwhiff"] + c["Owhiff"]) / swings,
           "foul/contact": c["foul"] / (c["foul"] + c["play"])}
    print("%-14s %8s %8s" % ("", "sim", "league"))
    for name, value in sim.items():
        league = LEAGUE.get(name)
        print("%-14s %8.3f %8s" % (name, value, "%.3f" % league if league is not None else "-"))
    for kind, counts in dirs.items():
        total = sum(counts)
        print("%-6s balls pull / straight / oppo: sim %s, league %s" % (
            kind, " / ".join("%.3f" % (n / total) for n in counts),
            " / ".join("%.3f" % x for x in LEAGUE_DIRECTIONS[kind])))


def per_hitter(path, savant):
    seen = swing_take(savant)
    tracking = bat_tracking(savant)
    lines = {key(h["name"]): h for h in rows(HITTERS)}
    sim = defaultdict(lambda: [0, 0, 0])
    for row in csv.DictReader(open(path, encoding="utf-8")):
        s = sim[key(row["batter_name"])]
        s[0] += 1
        if row["events"]:
            s[1] += 1
            s[2] += row["events"] == "walk"
    table = []
    for k, (pitches, pa, walks) in sim.items():
        t, h = tracking.get(k), lines.get(k)
        if pa < 400 or k not in seen or t is None or h is None or int(h["pa"]) < 300:
            continue
        table.append([pitches / pa, float(seen[k]["pitches"]) / float(seen[k]["pa"]),
                      fouls_per_contact(t), walks / pa, int(h["bb"]) / int(h["pa"])])
    a = np.array(table)
    z = (a[:, 2] - a[:, 2].mean()) / a[:, 2].std()
    print("pitches per PA per hitter vs 2025: n %d  r %.3f  slope %.2f" % (
        len(a), np.corrcoef(a[:, 0], a[:, 1])[0, 1], np.polyfit(a[:, 1], a[:, 0], 1)[0]))
    print("per sd of his 2025 fouls per contact: pitches per PA sim %+.3f 2025 %+.3f; BB%% sim %+.4f 2025 %+.4f" % (
        np.polyfit(z, a[:, 0], 1)[0], np.polyfit(z, a[:, 1], 1)[0], np.polyfit(z, a[:, 3], 1)[0],
        np.polyfit(z, a[:, 4], 1)[0]))


if __name__ == "__main__":
    main(sys.argv[1])
    if len(sys.argv) > 2:
        per_hitter(sys.argv[1], sys.argv[2])
