#!/usr/bin/env python3
"""Each park's home-run factor in the engine against 2025's (docs/CALIBRATION.md, "Each park's fence
between its measured points", thirty-second session).

2025's side: Savant's home-run leaderboard gives each hitter's home runs and his expected home runs
(xHR: each batted ball's share of the 30 parks it would have left, so no park's own). A team's
hitters and its pitchers play half their games at home, so their HR / xHR is about (1 + the home
park's factor) / 2 beside their luck: 2 HR/xHR - 1 is the factor it implies. The hitters' side and
the pitchers' side share only the park, so their correlation measures how much of it is the park
(Spearman-Brown: the reliability of the two together, and the r an engine with every park exactly
right could reach).

Usage (from the repository root; PARKS: scripts/ParkFactors.java's CSV):
    python3 scripts/park_hr_vs_2025.py PARKS [SAVANT_DIR]
SAVANT_DIR (default ../shared/data/mlb-2025/savant): homeruns.csv (hitters) and homeruns1.csv
(pitchers).
"""
import collections
import csv
import os
import sys

import numpy as np

# Savant's team abbreviations where the bundled data's differ.
TEAM = {'AZ': 'ARI', 'CWS': 'CHW', 'KC': 'KCR', 'SD': 'SDP', 'SF': 'SFG', 'TB': 'TBR', 'WSH': 'WSN'}


def hr_over_xhr(path):
    sums = collections.defaultdict(lambda: [0.0, 0.0])
    with open(path, encoding='utf-8-sig') as f:
        for row in csv.DictReader(f):
            s = sums[TEAM.get(row['team_abbrev'], row['team_abbrev'])]
            s[0] += int(row['hr_total'])
            s[1] += float(row['xhr'])
    return {team: hr / xhr for team, (hr, xhr) in sums.items()}


def main(parks_csv, savant):
    hitters = hr_over_xhr(os.path.join(savant, 'homeruns.csv'))
    pitchers = hr_over_xhr(os.path.join(savant, 'homeruns1.csv'))
    with open(parks_csv) as f:
        engine = {row['team']: float(row['hr_factor']) for row in csv.DictReader(f)}
    teams = sorted(engine)
    h = np.array([hitters[t] for t in teams])
    p = np.array([pitchers[t] for t in teams])
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
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.split('Usage')[1])
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else '../shared/data/mlb-2025/savant')
