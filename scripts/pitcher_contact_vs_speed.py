#!/usr/bin/env python3
"""What each pitcher's simulated contact follows, beside his 2025 contact allowed.

Usage (from the repository root, after `make build`; numpy):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/pitcher_contact_vs_speed.py /tmp/pa.csv

For the pitchers with 300+ simulated balls in play: the least-squares weights, per sd of each of
his 2025 inputs (expected total bases per ball in play, fastball speed, K%), of his simulated total
bases, home runs and mean exit velocity per ball in play. The engine takes his xTB/BIP as his
contact, so at the same xTB his speed should add nothing of its own (docs/CALIBRATION.md, "A
pitcher's speed counted once").
"""
import sys
from collections import defaultdict

import numpy as np

from savant_hitters import key, rows  # the project's name keys (accents folded, either order)

RES = "baseball/src/main/resources/mlb-2025/"
BASES = {"single": 1, "double": 2, "triple": 3, "home_run": 4}


def main(path):
    given = {key(r["name"]): r for r in rows(RES + "pitchers.csv")}
    lines = {key(r["name"]): r for r in rows(RES + "check/pitchers.csv")}
    sums = defaultdict(lambda: np.zeros(4))  # balls in play, total bases, home runs, exit velocity
    for p in rows(path):
        e = p["events"]
        if p["description"] != "hit_into_play" or not e:
            continue
        s = sums[key(p["player_name"])]
        s += [1, BASES.get(e, 0), e == "home_run", float(p["launch_speed"] or 0)]
    table = []
    for name, s in sums.items():
        g = given.get(name)
        if s[0] < 300 or g is None or name not in lines or not (g["xtb_per_bip"] and g["fb_velo_mph"]):
            continue
        line = lines[name]
        table.append([s[1] / s[0], s[2] / s[0], s[3] / s[0], float(g["xtb_per_bip"]), float(g["fb_velo_mph"]),
                      float(line["k"]) / float(line["bf"])])
    a = np.array(table).T
    z = (a[3:] - a[3:].mean(1, keepdims=True)) / a[3:].std(1, keepdims=True)
    design = np.vstack([np.ones(z.shape[1]), z]).T
    print(f"{a.shape[1]} pitchers with 300+ balls in play; fastball speed sd {a[4].std():.2f} mph")
    for label, y in [("total bases per BIP", a[0]), ("home runs per BIP", a[1]), ("mean exit velocity", a[2])]:
        w, *_ = np.linalg.lstsq(design, y, rcond=None)
        print(f"  {label:<20} per sd: xTB/BIP {w[1]:+.4f}  fastball speed {w[2]:+.4f}  K% {w[3]:+.4f}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1])
