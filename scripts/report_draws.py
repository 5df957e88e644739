#!/usr/bin/env python3
"""How often each row of the fidelity report holds: the report drawn several times.

Usage (from the repository root, after `make build`):
    python3 scripts/report_draws.py [DRAWS] [SEASONS]

Runs `./ballflight fidelity --seasons SEASONS --seed S --threads 2 --format json` for DRAWS blocks of
seeds that do not overlap (S = 1, 1 + SEASONS, 1 + 2 SEASONS, ...; default 7 draws of the report's
5 seasons, about three minutes on two cores) and prints, per row, the draws' mean and sd, how many
of them hold the target, and the mean of each draw's own bound x luck where the report gives one.
The report is one such draw (seeds 1-5); a row whose target holds in only some draws is decided by
the draw, not by the engine (docs/CALIBRATION.md, "The report itself, drawn seven times").
"""
import json
import statistics
import subprocess
import sys


def draw(seasons, seed):
    out = subprocess.run(["./ballflight", "fidelity", "--seasons", str(seasons), "--seed", str(seed),
                          "--threads", "2", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["rows"]


def figure(row):
    """The row's figure as the text report shows it: r, or the value for rows without one."""
    return row["r"] if row["r"] is not None else row["value"]


def main(draws=7, seasons=5):
    firsts = [1 + k * seasons for k in range(draws)]
    runs = [draw(seasons, seed) for seed in firsts]
    print(f"{draws} draws of {seasons} seasons (first seeds {', '.join(map(str, firsts))})")
    print(f"{'row':50s} {'mean':>8s} {'sd':>7s} {'holds':>7s} {'bound x luck':>13s}  target")
    for i, first in enumerate(runs[0]):
        rows = [run[i] for run in runs]
        values = [figure(r) for r in rows]
        ceilings = [r["bound"] * r["luck_bound"] for r in rows if r["bound"] and r["luck_bound"]]
        ceiling = f"{statistics.mean(ceilings):13.3f}" if ceilings else f"{'-':>13s}"
        spread = statistics.stdev(values) if len(values) > 1 else 0.0
        held = sum(1 for r in rows if r["holds"])
        print(f"{first['measure'][:50]:50s} {statistics.mean(values):8.3f} {spread:7.3f} "
              f"{held:>3d} of {draws:<2d} {ceiling}  {first['target']}")


def count(text, name, program="report_draws"):
    """A count of 1 or more from the command line, or exit 2 naming the argument."""
    if not text.isdigit() or int(text) < 1:
        print(f"{program}: {name} must be a whole number >= 1, got '{text}'", file=sys.stderr)
        sys.exit(2)
    return int(text)


if __name__ == "__main__":
    if len(sys.argv) > 3:
        sys.exit(__doc__)
    main(*(count(a, n) for a, n in zip(sys.argv[1:], ("DRAWS", "SEASONS"))))
