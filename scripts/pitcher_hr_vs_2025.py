#!/usr/bin/env python3
"""Each pitcher's home runs allowed in the simulation against 2025's.

Usage (from the repository root, after `make build`; numpy):
    java --add-modules=jdk.incubator.vector -cp cli/target/ballflight.jar scripts/SeasonDump.java 20 1 /tmp/seasons20
    python3 scripts/pitcher_hr_vs_2025.py /tmp/seasons20 20 [../shared/data/mlb-2025/savant]

For the pitchers with 100+ simulated IP a season: r of the simulated home runs per ball in play
(batters faced less strikeouts and walks) with 2025's and with Savant's park-adjusted expected home
runs (`homeruns1.csv`, xHR), beside 2025's own r with xHR; then the least-squares weights, per sd,
of each of the three on the pitcher's 2025 K%, BB%, expected total bases per ball in play (the
engine's input) and fastball speed. docs/CALIBRATION.md, "Each pitch type's whiffs at its 2025 rate".
"""
import sys

import numpy as np

from savant_hitters import key, rows  # the project's name keys (accents folded, either order)

RES = "baseball/src/main/resources/mlb-2025/"
INPUTS = ["K%", "BB%", "xTB/BIP", "fastball mph"]


def main(out, seasons, savant):
    home_runs = {key(r["player"]): (float(r["hr_total"]), float(r["xhr"])) for r in rows(savant + "/homeruns1.csv")}
    lines = {key(r["name"]): r for r in rows(RES + "check/pitchers.csv")}
    inputs = {key(r["name"]): r for r in rows(RES + "pitchers.csv")}
    table = []
    for p in rows(out + "/pit.csv"):
        n = key(p["name"])
        if n not in lines or n not in home_runs or n not in inputs or int(p["outs"]) / seasons < 300:
            continue
        line, given = lines[n], inputs[n]
        if not (given["xtb_per_bip"] and given["fb_velo_mph"] and given["bip"]):
            continue
        bf = float(line["bf"])
        in_play = int(p["bf"]) - int(p["k"]) - int(p["bb"])
        table.append([int(p["hr"]) / in_play, home_runs[n][0] / float(given["bip"]), home_runs[n][1] / float(given["bip"]),
                      float(line["k"]) / bf, float(line["bb"]) / bf, float(given["xtb_per_bip"]), float(given["fb_velo_mph"])])
    a = np.array(table).T
    sim, real, expected = a[0], a[1], a[2]
    r = lambda x, y: np.corrcoef(x, y)[0, 1]
    print(f"{len(sim)} pitchers with 100+ IP a season; home runs per ball in play")
    print(f"  simulated vs 2025 {r(sim, real):.3f}, vs 2025 xHR {r(sim, expected):.3f}; 2025 vs its xHR {r(real, expected):.3f}")
    z = (a[3:] - a[3:].mean(1, keepdims=True)) / a[3:].std(1, keepdims=True)
    design = np.vstack([np.ones(z.shape[1]), z]).T
    for label, y in [("2025 xHR", expected), ("2025 HR", real), ("simulated HR", sim)]:
        w, *_ = np.linalg.lstsq(design, y, rcond=None)
        print(f"  {label:<13} per sd: " + "  ".join(f"{i} {v:+.4f}" for i, v in zip(INPUTS, w[1:])))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "../shared/data/mlb-2025/savant")
