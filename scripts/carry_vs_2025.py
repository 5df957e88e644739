#!/usr/bin/env python3
"""Does the engine's ball carry like the 2025 ball? Each hitter's longest fair ball against his
hardest one, binned by the hardest, in 2025 (Savant's exit-velocity leaderboard: `max_hit_speed`,
`max_distance`) and in simulated seasons' pitch files (docs/CALIBRATION.md, "Each hitter's barrel
rate at its intended size, and the 2025 ball's carry").

Usage (from the repository root, after `make build`):
    ./ballflight season --seed 1 --quiet --pitches /tmp/s1.csv
    python3 scripts/carry_vs_2025.py ../shared/data/mlb-2025/savant/exit_velocity.csv /tmp/s1.csv [...]

Both sides keep hitters with at least MIN_BALLS fair batted balls, so each maximum is taken over
about as many balls (the medians are printed). The longest ball of a hitter is not his hardest one,
but the selection is the same on both sides: at the same hardest ball, a ball that carries farther
gives a longer longest ball. "Excess" is the mean over the bins with 10+ hitters on both sides.
"""
import csv
import sys
from collections import defaultdict
from statistics import mean, median

MIN_BALLS = 150
BINS_MPH = [(103, 106), (106, 109), (109, 112), (112, 115), (115, 121)]


def binned(pairs):
    """(hardest mph, longest ft) per hitter -> per bin: (hitters, mean longest ft)."""
    out = []
    for lo, hi in BINS_MPH:
        inside = [ft for mph, ft in pairs if lo <= mph < hi]
        out.append((len(inside), mean(inside) if inside else float('nan')))
    return out


def line(name, pairs, balls, reference=None):
    cells = binned(pairs)
    text = '%-22s hitters %3d  median balls %3d  ' % (name, len(pairs), median(balls))
    text += '  '.join('%d-%d mph: %3d %5.1f' % (lo, hi, n, ft) for (lo, hi), (n, ft) in zip(BINS_MPH, cells))
    if reference:
        diffs = [c[1] - r[1] for c, r in zip(cells, reference) if c[0] >= 10 and r[0] >= 10]
        text += '  excess %+.1f ft' % mean(diffs) if diffs else '  excess -'
    print(text)
    return cells


def main(savant_path, season_paths):
    rows = [r for r in csv.DictReader(open(savant_path, encoding='utf-8-sig'))
            if r['max_distance'] and int(r['attempts']) >= MIN_BALLS]
    reference = line('2025', [(float(r['max_hit_speed']), float(r['max_distance'])) for r in rows],
                     [int(r['attempts']) for r in rows])
    for path in season_paths:
        balls = defaultdict(list)
        for r in csv.DictReader(open(path)):
            if r['description'].startswith('hit_into_play') and r['launch_speed'] and r['hit_distance_sc']:
                balls[r['batter_name']].append((float(r['launch_speed']), float(r['hit_distance_sc'])))
        kept = [b for b in balls.values() if len(b) >= MIN_BALLS]
        pairs = [(max(mph for mph, _ in b), max(ft for _, ft in b)) for b in kept]
        line(path.split('/')[-1], pairs, [len(b) for b in kept], reference)


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
