#!/usr/bin/env python3
"""Each park's home-run factor in the engine against 2025's (docs/CALIBRATION.md, "Each park's fence
between its measured points", thirty-second session).

2025's side (`check/park_hr.csv`, from Savant's home-run leaderboard by `extract_mlb2025.py`): each
team's hitters' and pitchers' home runs and expected home runs (xHR: each batted ball counted by
the share of the 30 parks it would have left, so no park's own). A team's hitters and its pitchers
play half their games at home, so their HR / xHR is about (1 + the home park's factor) / 2 beside
their luck: 2 HR/xHR - 1 is the factor it implies. The hitters' side and the pitchers' side share
only the park, so their correlation measures how much of it is the park (Spearman-Brown: the
reliability of the two together, and the r an engine with every park exactly right could reach).

Usage (from the repository root; PARKS: scripts/ParkFactors.java's CSV):
    python3 scripts/park_hr_vs_2025.py PARKS
"""
import csv
import sys

import numpy as np

CHECK = 'baseball/src/main/resources/mlb-2025/check/park_hr.csv'


def main(parks_csv):
    with open(CHECK) as f:
        sides = {row['team']: (int(row['hitters_hr']) / float(row['hitters_xhr']),
                               int(row['pitchers_hr']) / float(row['pitchers_xhr'])) for row in csv.DictReader(f)}
    with open(parks_csv) as f:
        engine = {row['team']: float(row['hr_factor']) for row in csv.DictReader(f)}
    teams = sorted(engine)
    h = np.array([sides[t][0] for t in teams])
    p = np.array([sides[t][1] for t in teams])
    implied = h + p - 1  # 2 x the mean of the two sides' HR/xHR, less 1
    e = np.array([engine[t] for t in teams])
    halves = np.corrcoef(h, p)[0, 1]
    reliability = 2 * halves / (1 + halves)
    print(f'2025: hitters\' and pitchers\' HR/xHR by team agree at r {halves:.3f}; reliability {reliability:.3f}, '
          f'so a perfect engine reaches about r {reliability ** 0.5:.2f}')
    print(f'engine HR factor vs 2025\'s implied factor: r {np.corrcoef(e, implied)[0, 1]:.3f}, '
          f'slope {np.polyfit(implied, e, 1)[0]:.2f}, sd {e.std():.3f} (2025 implied, with its luck: {implied.std():.3f})')
    print('team  2025 implied  engine  engine - 2025')
    for t, x, y in sorted(zip(teams, implied, e), key=lambda z: z[2] - z[1]):
        print(f'{t}   {x:5.2f}       {y:5.2f}   {y - x:+.2f}')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__.split('Usage')[1])
    main(sys.argv[1])
