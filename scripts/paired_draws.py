#!/usr/bin/env python3
"""Two engines compared on many draws of the fidelity report, paired by seed.

Usage (from the repository root, after `make build`):
    python3 scripts/paired_draws.py run DIR TAG [DRAWS]
    python3 scripts/paired_draws.py compare DIR BEFORE AFTER

`run` draws the report DRAWS times (default 40) for the engine as built, at first seeds 1, 6, 11, ...
(five seasons each, `./ballflight fidelity --seasons 5 --seed S --threads 2 --format json`, about 20 s
a draw on two cores), and saves each draw's rows as DIR/TAG_S.json. BALLFLIGHT_JAVA_OPTS passes
through, so an experiment behind a system property can be drawn without a rebuild. `compare` pairs
the draws of two tags by seed (a tag's files may also be whole `fidelity --format json` reports) and
prints, per row, both means, the mean paired difference with its standard error, and how many draws
hold the target for each; then, for the rows with a bound, the same for talent r (r / bound: how
well each engine orders its players, whatever their spread). Engine changes since the twenty-sixth
session were decided this way, on forty draws and a rule fixed before them (docs/CALIBRATION.md).
"""
import glob
import json
import os
import statistics
import sys

from report_draws import count, draw, figure

SEASONS = 5


def run(folder, tag, draws=40):
    os.makedirs(folder, exist_ok=True)
    for k in range(draws):
        seed = 1 + k * SEASONS
        rows = draw(SEASONS, seed)
        with open(os.path.join(folder, f"{tag}_{seed}.json"), "w") as out:
            json.dump(rows, out)
        print(f"{tag}: draw {k + 1} of {draws} (seed {seed})", file=sys.stderr)


def load(folder, tag):
    draws = {}
    for path in glob.glob(os.path.join(folder, f"{tag}_*.json")):
        seed = int(path.rsplit("_", 1)[1][:-len(".json")])
        with open(path) as f:
            saved = json.load(f)
        # Rows as `run` saves them, or a whole `fidelity --format json` report.
        rows = saved["rows"] if isinstance(saved, dict) else saved
        draws[seed] = {row["key"]: row for row in rows}
    return draws


def compare(folder, before_tag, after_tag):
    before, after = load(folder, before_tag), load(folder, after_tag)
    seeds = sorted(set(before) & set(after))
    if len(seeds) < 2:
        sys.exit(f"paired_draws: {len(seeds)} seeds drawn for both {before_tag} and {after_tag}; need 2 or more")
    print(f"{len(seeds)} paired draws of {SEASONS} seasons (first seeds {seeds[0]}, {seeds[1]}, ..., {seeds[-1]})")
    print(f"{'row':24s} {before_tag:>9s} {after_tag:>9s} {'diff':>9s} {'se':>8s}   holds")
    for key in before[seeds[0]]:
        holds_x = sum(before[s][key]["holds"] for s in seeds)
        holds_y = sum(after[s][key]["holds"] for s in seeds)
        print(f"{paired(key, before, after, seeds, figure)}   {holds_x} -> {holds_y} of {len(seeds)}")
    talent(before, after, seeds, before_tag, after_tag)


def paired(key, before, after, seeds, measure):
    """One row's line: both means of measure(row), the mean paired difference and its standard error."""
    x = [measure(before[s][key]) for s in seeds]
    y = [measure(after[s][key]) for s in seeds]
    d = [b - a for a, b in zip(x, y)]
    return (f"{key:24s} {statistics.mean(x):9.3f} {statistics.mean(y):9.3f} {statistics.mean(d):+9.4f} "
            f"{statistics.stdev(d) / len(d) ** 0.5:8.4f}")


def talent_r(row):
    """r / bound: the engine's true rates against 2025's values, whatever their spread (TalentSpread)."""
    return row["r"] / row["bound"] if row.get("r") and row.get("bound") else None


def talent(before, after, seeds, before_tag, after_tag):
    """The rows with a bound: talent r (how well each engine orders its players) and its paired difference."""
    keys = [k for k in before[seeds[0]] if all(talent_r(d[s][k]) is not None for d in (before, after) for s in seeds)]
    if not keys:
        return
    print(f"\ntalent r (r / bound)     {before_tag:>9s} {after_tag:>9s} {'diff':>9s} {'se':>8s}")
    for key in keys:
        print(paired(key, before, after, seeds, talent_r))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], *(count(a, "DRAWS", "paired_draws") for a in sys.argv[4:5]))
    elif len(sys.argv) == 5 and sys.argv[1] == "compare":
        compare(*sys.argv[2:5])
    else:
        sys.exit(__doc__)
