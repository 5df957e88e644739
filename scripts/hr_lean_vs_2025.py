#!/usr/bin/env python3
"""What each hitter's home runs lean on, in the engine and in 2025.

Usage (from the repository root, after `make build`; numpy):
    java --add-modules=jdk.incubator.vector -cp cli/target/ballflight.jar scripts/SeasonDump.java 20 1 /tmp/d20
    python3 scripts/hr_lean_vs_2025.py /tmp/d20 20 ../shared/data/mlb-2025/savant

For the hitters with 400+ PA a season (the seasons summed, so the engine's own luck mostly averages
out): the r of his simulated HR/PA with his 2025 HR/PA; the least-squares weights, per sd of each
2025 input, of both; and how the engine's miss (2025's HR/PA less the engine's, scaled) follows each
input. Besides the inputs the engine reads (EV50, barrels, launch angle, pull rate), Savant's exit-
velocity leaderboard splits his exit velocity into fly balls and line drives against ground balls,
and the home-run leaderboard gives his xHR (docs/CALIBRATION.md, "The engine's home runs against
2025's").
"""
import os
import sys

import numpy as np

from savant_hitters import key, rows

RES = "baseball/src/main/resources/mlb-2025/"
INPUTS = ["ev50", "fbld_ev", "gb_ev", "barrels", "launch_angle", "pull", "fb_rate", "max_ev"]


def savant_lines(savant):
    """Each hitter's exit-velocity split, batted-ball mix and xHR, by name key."""
    ev = {key(r["last_name, first_name"]): r for r in rows(os.path.join(savant, "exit_velocity.csv"))}
    mix = {key(r["name"]): r for r in rows(os.path.join(savant, "batted-ball.csv"))}
    xhr = {key(r["player"]): float(r["xhr"]) for r in rows(os.path.join(savant, "homeruns.csv"))}
    return ev, mix, xhr


def table(dump, seasons, savant):
    given = {(r["team"], r["name"]): r for r in rows(RES + "hitters.csv")}
    real = {(r["team"], r["name"]): r for r in rows(RES + "check/hitters.csv")}
    ev, mix, xhr = savant_lines(savant)
    out = []
    for s in rows(os.path.join(dump, "bat.csv")):
        k = (s["team"], s["name"])
        name = key(s["name"])
        pa = int(s["pa"])
        if pa / seasons < 400 or k not in real or k not in given or name not in ev or name not in mix:
            continue
        g, e, m, line = given[k], ev[name], mix[name], real[k]
        real_pa = float(line["pa"])
        out.append({
            "sim": int(s["hr"]) / pa, "real": float(line["hr"]) / real_pa,
            "xhr": xhr[name] / real_pa if name in xhr else np.nan,
            "ev50": float(g["ev50_mph"]), "fbld_ev": float(e["fbld"]), "gb_ev": float(e["gb"]),
            "barrels": float(g["barrel_pct"]), "launch_angle": float(g["avg_la_deg"]),
            "pull": float(m["pull_rate"]), "fb_rate": float(m["fb_rate"]), "max_ev": float(e["max_hit_speed"]),
        })
    return out


def main(dump, seasons, savant):
    t = table(dump, int(seasons), savant)
    sim = np.array([h["sim"] for h in t])
    real = np.array([h["real"] for h in t])
    print(f"{len(t)} hitters; r of simulated with 2025 HR/PA {np.corrcoef(sim, real)[0, 1]:.3f}")
    x = np.array([[h[i] for i in INPUTS] for h in t])
    design = np.hstack([np.ones((len(t), 1)), (x - x.mean(0)) / x.std(0)])
    print("weights per sd, thousandths of HR/PA: " + " ".join(f"{i:>12s}" for i in INPUTS))
    for label, y in (("2025", real), ("engine", sim)):
        w = np.linalg.lstsq(design, y, rcond=None)[0]
        fit = np.corrcoef(design @ w, y)[0, 1]
        print(f"  {label:7s} (R {fit:.3f})" + " " * 17 + " ".join(f"{v * 1000:+12.2f}" for v in w[1:]))
    miss = real - sim * np.polyfit(sim, real, 1)[0]
    print("r of the engine's miss with each input:")
    for i in INPUTS + ["xhr"]:
        v = np.array([h[i] for h in t])
        ok = ~np.isnan(v)
        print(f"  {i:12s} {np.corrcoef(v[ok], miss[ok])[0, 1]:+.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
