#!/usr/bin/env python3
"""Each pitcher's pitches per batter, 2025 against the simulation (docs/CALIBRATION.md, thirtieth
session): how well the engine orders its pitchers' pitch counts, and what each side's pitches per
batter lean on, per sd of the pitcher's own K% and BB% and the usage-weighted whiff % and put-away %
of his pitches (the arsenal file the engine reads). A starter's pitch limit ends his start, so his
pitches per batter set how deep he goes. 2025's pitches and batters are the sums over Savant's
pitch-arsenal leaderboard, pitcher side (`pitch-arsenal-stats1.csv`, the page the engine's arsenal
comes from; the other page is the batter side).

Given a season's pitch file instead (`./ballflight season --seed S --pitches FILE.csv.gz`), it splits
each pitcher's pitches per batter into those thrown with two strikes and before: 2025's two-strike
pitches per batter are his strikeouts over his put-away rate, summed over his pitch types.

Usage (from the repository root; DUMP from scripts/SeasonDump.java, which writes each pitcher's pitches):
    python3 scripts/pitcher_pitches_vs_2025.py SAVANT_DIR DUMP|PITCHES.csv.gz [MIN_BF]
SAVANT_DIR: ../shared/data/mlb-2025/savant. MIN_BF (default 300): simulated batters faced needed,
and 200 in 2025 (300 and 400 with a pitch file).
"""
import csv
import gzip
import os
import sys

import numpy as np

from k_inputs_vs_2025 import weights
from pitcher_k_inputs_vs_2025 import arsenal_by_pitcher, usage_weighted
from savant_hitters import key, rows

RES = 'baseball/src/main/resources/mlb-2025/'


def pitches_2025(savant):
    """Each pitcher's 2025 [pitches, batters faced, strikeouts, two-strike pitches], summed over his pitch types."""
    total = {}
    for r in rows(os.path.join(savant, 'pitch-arsenal-stats1.csv')):
        t = total.setdefault(key(r['last_name, first_name']), [0, 0, 0.0, 0.0])
        strikeouts = float(r['k_percent'] or 0) / 100 * int(r['pa'])
        put_away = float(r['put_away'] or 0) / 100
        t[0] += int(r['pitches'])
        t[1] += int(r['pa'])
        t[2] += strikeouts
        # A pitch type with strikeouts but no put-away rate leaves the pitcher out (below).
        t[3] += strikeouts / put_away if put_away > 0 else (float('nan') if strikeouts > 0 else 0)
    return total


def two_strikes(savant, pitch_file, min_bf):
    """Pitches per batter with two strikes and before, 2025 against one simulated season's pitch file."""
    real = pitches_2025(savant)
    sim = {}
    with gzip.open(pitch_file, 'rt') if pitch_file.endswith('.gz') else open(pitch_file) as f:
        for r in csv.DictReader(f):
            s = sim.setdefault(key(r['player_name']), [0, set(), 0, 0])
            s[0] += 1
            s[1].add((r['game_pk'], r['at_bat_number']))
            s[2] += r['strikes'] == '2'
            s[3] += r['events'].startswith('strikeout')
    table = []
    for k, s in sim.items():
        t = real.get(k)
        if len(s[1]) < min_bf or t is None or t[1] < 300 or not t[3] > 0:
            continue
        bf = len(s[1])
        table.append([t[0] / t[1], t[3] / t[1], (t[0] - t[3]) / t[1], t[2] / t[1], t[2] / t[3],
                      s[0] / bf, s[2] / bf, (s[0] - s[2]) / bf, s[3] / bf, s[3] / max(1, s[2])])
    a = np.array(table)
    print('%d pitchers with 300+ BF in 2025 and %d+ in the file' % (len(a), min_bf))
    print('%-26s %15s %15s %6s' % ('per batter faced', '2025 mean (sd)', 'sim mean (sd)', 'r'))
    for i, label in enumerate(('pitches', 'two-strike pitches', 'pitches before two strikes', 'strikeouts',
                               'put-away (K / 2-strike)')):
        x, y = a[:, i], a[:, i + 5]
        print('%-26s %7.3f (%.3f) %7.3f (%.3f) %6.3f' % (label, x.mean(), x.std(), y.mean(), y.std(),
                                                         np.corrcoef(x, y)[0, 1]))
    for label, base in (('2025', 0), ('sim', 5)):
        print('%-4s pitches per batter with two-strike pitches r %.3f, with the rest r %.3f; log put-away on log K%%'
              ' slope %.3f (r %.3f)' % (label, np.corrcoef(a[:, base], a[:, base + 1])[0, 1],
                                       np.corrcoef(a[:, base], a[:, base + 2])[0, 1],
                                       np.polyfit(np.log(a[:, base + 3]), np.log(a[:, base + 4]), 1)[0],
                                       np.corrcoef(a[:, base + 3], a[:, base + 4])[0, 1]))


def leans(savant, dump, min_bf):
    """Pitches per batter, 2025 against a SeasonDump, and what each side's leans on."""
    real = pitches_2025(savant)
    arsenal = arsenal_by_pitcher()
    sim = {}
    for r in rows(os.path.join(dump, 'pit.csv')):
        s = sim.setdefault(key(r['name']), [0, 0, 0, 0])
        for i, c in enumerate(('pitches', 'bf', 'k', 'bb')):
            s[i] += int(r[c])
    table = []
    for p in rows(RES + 'check/pitchers.csv'):
        k, bf = key(p['name']), int(p['bf'])
        s, mix = sim.get(k), arsenal.get(k)
        if s is None or s[1] < min_bf or bf < 200 or k not in real or not mix:
            continue
        table.append([real[k][0] / real[k][1], int(p['k']) / bf, int(p['bb']) / bf,
                      s[0] / s[1], s[2] / s[1], s[3] / s[1],
                      usage_weighted(mix, 'whiff_pct'), usage_weighted(mix, 'put_away_pct')])
    a = np.array(table)
    print('%d pitchers with 200+ BF in 2025 and %d+ simulated' % (len(a), min_bf))
    print('pitches per batter: 2025 mean %.3f sd %.3f, sim mean %.3f sd %.3f; r %.3f'
          % (a[:, 0].mean(), a[:, 0].std(), a[:, 3].mean(), a[:, 3].std(), np.corrcoef(a[:, 0], a[:, 3])[0, 1]))
    print('weights per sd of his own K%, BB%, whiff %, put-away %:')
    for label, y, kb in (('2025', 0, (1, 2)), ('sim', 3, (4, 5))):
        w, r = weights(a[:, y], [a[:, kb[0]], a[:, kb[1]], a[:, 6], a[:, 7]])
        print('  %-4s %s  R %.3f' % (label, ' '.join('%+.3f' % x for x in w), r))


def main(savant, dump, min_bf):
    if os.path.isdir(dump):
        leans(savant, dump, min_bf or 300)
    else:
        two_strikes(savant, dump, min_bf or 400)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
