#!/usr/bin/env python3
"""What each hitter's BABIP leans on, in the engine and in 2025.

Usage (from the repository root, after `make build`; numpy):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/babip_lean_vs_2025.py /tmp/pa.csv [MIN_PA]

For the hitters with MIN_PA (default 500) simulated PA and 300+ PA in 2025: least-squares weights,
per sd of each 2025 input, in thousandths of BABIP, of his 2025 BABIP (from the bundled check line:
hits less home runs over at bats less strikeouts and home runs) and of the engine's (hits less home
runs over balls in play, from the pitch file), with each fit's R and the r between the two BABIPs;
then the engine's hit rate on ground balls alone. The inputs are the hitters.csv columns the engine
reads (docs/CALIBRATION.md, "Infield hits").
"""
import csv
import sys
from collections import defaultdict

import numpy as np

from k_inputs_vs_2025 import weights

RES = "baseball/src/main/resources/mlb-2025/"
INPUTS = ["ev50_mph", "sprint_speed_ftps", "ld_rate", "pu_rate", "avg_la_deg", "pull_rate", "squared_up_per_contact"]
HITS = ("single", "double", "triple")
NOT_IN_PLAY = ("walk", "hit_by_pitch", "intent_walk", "strikeout", "home_run")


def engine_lines(path):
    """Per batter: PA, balls in play, hits on them, and the same for ground balls."""
    lines = defaultdict(lambda: defaultdict(int))
    for r in csv.DictReader(open(path)):
        event = r["events"]
        if not event:
            continue
        t = lines[r["batter_name"]]
        t["pa"] += 1
        if event in NOT_IN_PLAY:
            continue
        ground = r["bb_type"] == "ground_ball"
        t["bip"] += 1
        t["gb"] += ground
        if event in HITS:
            t["h"] += 1
            t["gb_h"] += ground
    return lines


def real_babip(line):
    pa = float(line["pa"])
    at_bats = pa - float(line["bb"])
    hits = float(line["avg"]) * at_bats
    return (hits - float(line["hr"])) / (at_bats - float(line["k"]) - float(line["hr"]))


def main(path, min_pa):
    given = {r["name"]: r for r in csv.DictReader(open(RES + "hitters.csv"))}
    real = {r["name"]: r for r in csv.DictReader(open(RES + "check/hitters.csv"))}
    sim = engine_lines(path)
    table = []
    for name, t in sim.items():
        g, line = given.get(name), real.get(name)
        if t["pa"] < min_pa or g is None or line is None or float(line["pa"]) < 300 or not t["gb"]:
            continue
        if any(g[c] == "" for c in INPUTS):
            continue
        table.append(([float(g[c]) for c in INPUTS], real_babip(line), t["h"] / t["bip"], t["gb_h"] / t["gb"]))
    x = np.array([row[0] for row in table])
    columns = [x[:, i] for i in range(len(INPUTS))]
    print("hitters: %d (%d+ simulated PA, 300+ in 2025); weights per sd of each input, thousandths of BABIP"
          % (len(table), min_pa))
    print("%-18s %6s " % ("", "R") + " ".join("%10s" % c.replace("_", " ")[:10] for c in INPUTS))
    for label, col in (("2025 BABIP", 1), ("engine BABIP", 2), ("engine GB hits", 3)):
        y = np.array([row[col] for row in table])
        beta, fit = weights(y, columns)
        print("%-18s %6.3f " % (label, fit) + " ".join("%+10.1f" % (1000 * b) for b in beta))
    print("r of the engine's BABIP with 2025's: %.3f"
          % np.corrcoef([row[1] for row in table], [row[2] for row in table])[0, 1])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 500)
