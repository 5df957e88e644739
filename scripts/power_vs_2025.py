"""Does each hitter's power carry through? Per hitter, the engine's EV50, barrel rate and HR/PA
against his 2025 ones (the bundled hitters.csv: Savant's exit-velocity leaderboard and his 2025
line), and what each league's HR/PA weighs per sd of barrel rate and of EV50 when both are fitted
together.

Usage (from the repository root, after `make build`):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/power_vs_2025.py /tmp/pa.csv [MIN_BALLS]

EV50 is the mean of the faster half of a hitter's fair batted balls (Savant's definition); a barrel
is Savant's window as `ballflight.pa.Barrel` draws it. Hitters with fewer than MIN_BALLS (default
250) fair batted balls are left out, and from the HR/PA line those with fewer than 400 PA.
"""
import csv
import sys
from collections import defaultdict

import numpy as np

HITTERS = "baseball/src/main/resources/mlb-2025/hitters.csv"
MIN_PA = 400


def is_barrel(ev_mph, la_deg):
    """Savant's barrel: 98+ mph, the launch-angle window widening from 26-30 deg to 8-50 at 116 mph."""
    if ev_mph < 98.0:
        return False
    share = min(1.0, (ev_mph - 98.0) / 18.0)
    return 26.0 - 18.0 * share <= la_deg <= 30.0 + 20.0 * share


def ev50(speeds):
    faster = sorted(speeds, reverse=True)[:len(speeds) // 2]
    return sum(faster) / len(faster)


def line(label, real, engine):
    real, engine = np.array(real), np.array(engine)
    print("%-14s per hitter vs 2025: n %d  r %.3f  slope %.2f  mean 2025 %.4g engine %.4g"
          % (label, len(real), np.corrcoef(real, engine)[0, 1], np.polyfit(real, engine, 1)[0],
             real.mean(), engine.mean()))


def weights_per_sd(barrel, ev50s, hr_per_pa):
    """Least-squares HR/PA on barrel rate and EV50, each weight times its input's sd."""
    a = np.column_stack([barrel, ev50s, np.ones(len(barrel))])
    coef = np.linalg.lstsq(a, hr_per_pa, rcond=None)[0]
    return coef[0] * np.std(barrel), coef[1] * np.std(ev50s)


def main(path, min_balls):
    rates = {r["name"]: r for r in csv.DictReader(open(HITTERS, encoding="utf-8"))}
    speeds = defaultdict(list)
    barrels = defaultdict(int)
    pa = defaultdict(int)
    hr = defaultdict(int)
    for row in csv.DictReader(open(path, encoding="utf-8")):
        name = row["batter_name"]
        if row["events"]:
            pa[name] += 1
            hr[name] += row["events"] == "home_run"
        if row["description"] == "hit_into_play" and row["launch_speed"]:
            ev, la = float(row["launch_speed"]), float(row["launch_angle"])
            speeds[name].append(ev)
            barrels[name] += is_barrel(ev, la)
    names = [n for n in speeds if len(speeds[n]) >= min_balls and n in rates
             and rates[n]["ev50_mph"] and rates[n]["barrel_pct"]]
    real_ev50 = [float(rates[n]["ev50_mph"]) for n in names]
    real_barrel = [float(rates[n]["barrel_pct"]) / 100 for n in names]
    engine_ev50 = [ev50(speeds[n]) for n in names]
    engine_barrel = [barrels[n] / len(speeds[n]) for n in names]
    line("EV50", real_ev50, engine_ev50)
    line("barrel rate", real_barrel, engine_barrel)
    regulars = [i for i, n in enumerate(names) if pa[n] >= MIN_PA]
    real_hr = np.array([int(rates[names[i]]["hr"]) / int(rates[names[i]]["pa"]) for i in regulars])
    engine_hr = np.array([hr[names[i]] / pa[names[i]] for i in regulars])
    line("HR/PA", real_hr, engine_hr)
    pick = lambda values: np.array([values[i] for i in regulars])
    print("HR/PA per sd of barrel rate / EV50, fitted together: 2025 %+.4f / %+.4f  engine %+.4f / %+.4f"
          % (weights_per_sd(pick(real_barrel), pick(real_ev50), real_hr)
             + weights_per_sd(pick(real_barrel), pick(real_ev50), engine_hr)))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 250)
