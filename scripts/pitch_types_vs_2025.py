#!/usr/bin/env python3
"""Each pitch type in the simulation against what it did in 2025.

Usage (from the repository root, after `make build`):
    ./ballflight pa --n 300000 --seed 4 --pitches /tmp/pa.csv
    python3 scripts/pitch_types_vs_2025.py /tmp/pa.csv [../shared/data/mlb-2025/savant]

For the eight common types, beside 2025's (Savant's pitch-arsenal export, pitcher side, summed over
the pitchers weighted by the plate appearances that ended on the type): whiffs per swing,
strikeouts per plate appearance ended on the type, and what the balls put in play gave, as hits and
total bases per at bat less strikeouts (2025's from its AVG and SLG and the K% taken to at bats with
the simulation's at bats per PA for the type); the simulation's mean launch angle of balls in play.
docs/CALIBRATION.md, "Each pitch type's whiffs at its 2025 rate".
"""
import csv
import sys
from collections import defaultdict

TYPES = ["FF", "SI", "FC", "SL", "ST", "CU", "CH", "FS"]
SWINGS = {"swinging_strike", "swinging_strike_blocked", "foul_tip", "foul", "hit_into_play"}
WHIFFS = {"swinging_strike", "swinging_strike_blocked", "foul_tip"}
NOT_AT_BATS = {"walk", "intent_walk", "hit_by_pitch"}
BASES = {"single": 1, "double": 2, "triple": 3, "home_run": 4}


def league(savant):
    """PA-weighted 2025 means per type: [PA, BA, SLG, K%, whiffs per swing]."""
    sums = defaultdict(lambda: [0.0] * 5)
    with open(savant + "/pitch-arsenal-stats1.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if not (r["pa"] and r["ba"] and r["slg"] and r["k_percent"] and r["whiff_percent"]):
                continue
            pa = float(r["pa"])
            s = sums[r["pitch_type"]]
            s[0] += pa
            for i, v in enumerate([r["ba"], r["slg"], float(r["k_percent"]) / 100, float(r["whiff_percent"]) / 100]):
                s[i + 1] += pa * float(v)
    return {t: [s[0]] + [x / s[0] for x in s[1:]] for t, s in sums.items()}


def simulated(path):
    """Per type: swings, whiffs, PA, at bats, strikeouts, hits, total bases, and launch angles in play."""
    sim = defaultdict(lambda: defaultdict(float))
    angles = defaultdict(list)
    with open(path) as f:
        for p in csv.DictReader(f):
            t = sim[p["pitch_type"]]
            d = p["description"]
            t["swings"] += d in SWINGS
            t["whiffs"] += d in WHIFFS
            if d == "hit_into_play" and p["launch_angle"]:
                angles[p["pitch_type"]].append(float(p["launch_angle"]))
            e = p["events"]
            if not e:
                continue
            t["pa"] += 1
            if e in NOT_AT_BATS:
                continue
            t["ab"] += 1
            t["k"] += e.startswith("strikeout")
            t["h"] += e in BASES
            t["tb"] += BASES.get(e, 0)
    return sim, angles


def main(path, savant):
    real = league(savant)
    sim, angles = simulated(path)
    print("           whiffs/swing      K/PA        H/(AB-K)      TB/(AB-K)    mean LA")
    print("type       2025   sim     2025   sim     2025   sim     2025   sim     sim")
    for t in TYPES:
        s = sim[t]
        if s["ab"] == 0 or t not in real:
            continue
        _, ba, slg, k, whiff = real[t]
        ab_per_pa = s["ab"] / s["pa"]
        contact = 1 - k / ab_per_pa  # 2025's at bats less strikeouts, per at bat
        la = sum(angles[t]) / len(angles[t])
        print(f"{t:<6} {whiff:8.3f} {s['whiffs'] / s['swings']:6.3f} {k:8.3f} {s['k'] / s['pa']:6.3f}"
              f" {ba / contact:8.3f} {s['h'] / (s['ab'] - s['k']):6.3f}"
              f" {slg / contact:8.3f} {s['tb'] / (s['ab'] - s['k']):6.3f} {la:8.1f}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "../shared/data/mlb-2025/savant")
