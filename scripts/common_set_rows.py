"""The pitchers' rows of two engines on each one's own qualifying set and on the pitchers both share.

usage: python3 scripts/common_set_rows.py BEFORE AFTER K   (SeasonDump folders of K seasons each)

The report's pitcher rows count the pitchers with 100+ simulated innings a season, so a change that
moves a few pitchers across that line moves the rows even when it plays every pitcher as before.
This prints ERA and K% r with 2025 on each engine's own set and on the pitchers in both sets, and
names the pitchers in only one (docs/CALIBRATION.md, "Times through the order", what the ERA
row's loss is made of).
"""
import sys

import numpy as np

from season_dump_rows import RES, rows

MIN_OUTS_A_SEASON = 300


def pitchers(folder):
    return {(p['team'], p['name']): p for p in rows(folder + '/pit.csv')}


def era(line):
    """A simulated line's ERA, or 2025's as the check file gives it."""
    return float(line['era']) if 'era' in line else 27 * int(line['er']) / int(line['outs'])


def k_rate(line):
    return int(line['k']) / int(line['bf'])


def r_with_2025(real, sim, keys, stat):
    return np.corrcoef([stat(real[k]) for k in keys], [stat(sim[k]) for k in keys])[0, 1]


def main(before_dir, after_dir, seasons):
    real = {(p['team'], p['name']): p for p in rows(RES + 'check/pitchers.csv')}
    before, after = pitchers(before_dir), pitchers(after_dir)

    def qualified(sim):
        return {k for k, p in sim.items() if k in real and int(p['outs']) >= MIN_OUTS_A_SEASON * seasons}

    own_before, own_after = qualified(before), qualified(after)
    both = sorted(own_before & own_after)
    for label, stat in (('ERA', era), ('K%', k_rate)):
        print(f"{label}: own sets {r_with_2025(real, before, sorted(own_before), stat):.3f} ({len(own_before)})"
              f" -> {r_with_2025(real, after, sorted(own_after), stat):.3f} ({len(own_after)});"
              f" common set ({len(both)}) {r_with_2025(real, before, both, stat):.3f}"
              f" -> {r_with_2025(real, after, both, stat):.3f}")
    for label, only in (('only before', own_before - own_after), ('only after', own_after - own_before)):
        for k in sorted(only):
            lines = [sim.get(k) for sim in (before, after)]
            eras = [f"{era(x):.2f}" if x else "nan" for x in lines]
            ips = [f"{int(x['outs']) / 3 / seasons:.0f}" if x else "-" for x in lines]
            print(f"{label}: {k[1]} ({k[0]}), 2025 ERA {real[k]['era']}, simulated ERA {eras[0]} -> {eras[1]},"
                  f" IP a season {ips[0]} -> {ips[1]}")


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
