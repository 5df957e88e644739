#!/usr/bin/env python3
"""What a pitcher's K% rests on, in 2025 and in the simulation (docs/CALIBRATION.md, "Talent spread",
twenty-ninth session): least-squares weights (per sd) on the usage-weighted whiff % and put-away % of
his pitches (the arsenal file the engine reads) and his walk rate; then what each side's K% has
beyond those inputs (the residual), per sd of his fastball speed, expected total bases per ball in
play allowed and release height, which the engine reads for other things (the collision, the impact
spread, the release point). Pitchers with 100+ IP in 2025 (outs >= 300).

Usage (from the repository root; DUMP from scripts/SeasonDump.java, K seasons):
    python3 scripts/pitcher_k_inputs_vs_2025.py DUMP [MIN_BF]
MIN_BF (default 6000): a pitcher's summed simulated batters faced needed to enter the fit.
"""
import os
import sys

import numpy as np

from k_inputs_vs_2025 import weights
from savant_hitters import key, rows

RES = 'baseball/src/main/resources/mlb-2025/'
BEYOND = ['fb_velo_mph', 'xtb_per_bip', 'release_z_ft']


def usage_weighted(pitches, column):
    usage = np.array([float(p['usage_pct'] or 0) for p in pitches])
    return (usage * np.array([float(p[column] or 0) for p in pitches])).sum() / usage.sum()


def arsenal_by_pitcher():
    """Each pitcher's pitches in the arsenal file the engine reads, by name key."""
    arsenal = {}
    for r in rows(RES + 'arsenal.csv'):
        arsenal.setdefault(key(r['name']), []).append(r)
    return arsenal


def residual(y, columns):
    m = np.column_stack([np.ones(len(y))] + columns)
    return y - m @ np.linalg.lstsq(m, y, rcond=None)[0]


def main(dump, min_bf):
    arsenal = arsenal_by_pitcher()
    sim = {}
    for r in rows(os.path.join(dump, 'pit.csv')):
        s = sim.setdefault(key(r['name']), [0, 0])
        s[0] += int(r['bf'])
        s[1] += int(r['k'])
    table = []
    for p in rows(RES + 'pitchers.csv'):
        k, outs = key(p['name']), int(p['outs'])
        pitches = arsenal.get(k, [])
        if outs < 300 or sim.get(k, [0])[0] < min_bf or not pitches or any(not p[c] for c in BEYOND):
            continue
        bf = outs + float(p['whip']) * outs / 3
        table.append([int(p['k']) / bf, sim[k][1] / sim[k][0], usage_weighted(pitches, 'whiff_pct'),
                      usage_weighted(pitches, 'put_away_pct'), int(p['bb']) / bf] + [float(p[c]) for c in BEYOND])
    a = np.array(table)
    inputs = [a[:, 2], a[:, 3], a[:, 4]]
    print('%d pitchers with 100+ IP in 2025 and %d+ simulated BF; weights per sd of whiff %%, put-away %%, BB%%'
          % (len(a), min_bf))
    for label, col in (('2025', 0), ('sim', 1)):
        for n in (1, 2, 3):
            w, r = weights(a[:, col], inputs[:n])
            print('%-4s K%% on %d inputs: R %.3f  %s' % (label, n, r, ' '.join('%+.4f' % x for x in w)))
    print('sim K%% vs 2025: r %.3f, slope %.3f' % (np.corrcoef(a[:, 1], a[:, 0])[0, 1], np.polyfit(a[:, 0], a[:, 1], 1)[0]))
    beyond = [a[:, i] for i in (5, 6, 7)]  # weights() puts them per sd itself
    res = {label: residual(a[:, col], inputs) for label, col in (('2025', 0), ('sim', 1))}
    print('residual sd: 2025 %.4f, sim %.4f; r between them %.3f'
          % (res['2025'].std(), res['sim'].std(), np.corrcoef(res['2025'], res['sim'])[0, 1]))
    for label in ('2025', 'sim'):
        w, _ = weights(res[label], beyond)
        print('%-4s residual per sd of %s: %s' % (label, ', '.join(BEYOND), ' '.join('%+.4f' % x for x in w)))


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6000)
