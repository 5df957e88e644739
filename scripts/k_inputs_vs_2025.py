#!/usr/bin/env python3
"""What a hitter's K% and BB% rest on, in 2025 and in the simulation: least-squares weights (per sd)
on his 2025 whiff rate per swing, chase percentile (high = chases less), fouls per contact and swing
rate, for the hitters with 400+ PA in 2025 (docs/CALIBRATION.md, "Plate discipline and fouls,
measured"). The simulation reads the first two; the last two are not inputs.

Usage (from the repository root; DUMP from scripts/SeasonDump.java, K seasons):
    python3 scripts/k_inputs_vs_2025.py ../shared/data/mlb-2025/savant DUMP [MIN_PA]
MIN_PA (default 2000): a hitter's summed simulated PA needed to enter the simulation's fit.
"""
import os
import sys

import numpy as np

from savant_hitters import bat_tracking, fouls_per_contact, key, rows, swing_take

HITTERS = 'baseball/src/main/resources/mlb-2025/hitters.csv'
NAMES = ['whiff/swing', 'chase pct', 'foul/contact', 'swing rate']


def weights(y, columns):
    z = [(x - x.mean()) / x.std() for x in columns]
    m = np.column_stack([np.ones(len(y))] + z)
    beta = np.linalg.lstsq(m, y, rcond=None)[0]
    return beta[1:], np.corrcoef(m @ beta, y)[0, 1]


def main(savant, dump, min_pa):
    tracking = bat_tracking(savant)
    pitches = {k: float(r['pitches']) for k, r in swing_take(savant).items()}
    sim = {}
    for r in rows(os.path.join(dump, 'bat.csv')):
        s = sim.setdefault(key(r['name']), [0, 0, 0])
        s[0] += int(r['pa'])
        s[1] += int(r['k'])
        s[2] += int(r['bb'])
    table = []
    for h in rows(HITTERS):
        k, t = key(h['name']), tracking.get(key(h['name']))
        if int(h['pa']) < 400 or t is None or k not in pitches or not h['whiff_per_swing'] or not h['chase_percentile']:
            continue
        s = sim.get(k, [0, 0, 0])
        table.append([int(h['k']) / int(h['pa']), int(h['bb']) / int(h['pa']), float(h['whiff_per_swing']),
                      float(h['chase_percentile']), fouls_per_contact(t),
                      float(t['swings_competitive']) / pitches[k], s[0], s[1] / max(1, s[0]), s[2] / max(1, s[0])])
    a = np.array(table)
    inputs = [a[:, 2], a[:, 3], a[:, 4], a[:, 5]]
    print('%d hitters with 400+ PA in 2025; weights per sd of %s' % (len(a), ', '.join(NAMES)))
    for label, col in (('K%', 0), ('BB%', 1)):
        for n in (2, 3, 4):
            w, r = weights(a[:, col], inputs[:n])
            print('2025 %-4s on %d inputs: R %.3f  %s' % (label, n, r, ' '.join('%+.4f' % x for x in w)))
    b = a[a[:, 6] >= min_pa]
    inputs = [b[:, 2], b[:, 3], b[:, 4], b[:, 5]]
    print('simulation (%s, %d of them with %d+ PA):' % (dump, len(b), min_pa))
    for label, col, real in (('K%', 7, 0), ('BB%', 8, 1)):
        w, _ = weights(b[:, col], inputs)
        wr, _ = weights(b[:, real], inputs)
        print('  %-4s sim %s | 2025 %s | r with 2025 %.3f' % (label, ' '.join('%+.4f' % x for x in w),
                                                             ' '.join('%+.4f' % x for x in wr),
                                                             np.corrcoef(b[:, col], b[:, real])[0, 1]))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2000)
