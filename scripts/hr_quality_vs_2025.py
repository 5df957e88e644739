#!/usr/bin/env python3
"""Season home-run quality (`season --hr-quality --format json`) against Savant's 2025 home-run
leaderboard (docs/CALIBRATION.md, "Home-run quality against 2025"). A check, no target to tune to.

Usage: python3 scripts/hr_quality_vs_2025.py ../shared/data/mlb-2025/savant/homeruns.csv SEASON.json [...]
Per hitter with >= 400 simulated PA in every season given: correlation of simulated no-doubters per
PA and xHR per PA (mean over the seasons) with 2025's; league shares of the classes. Per team: its
hitters' home runs over their xHR (HR / xHR - 1), 2025's against the seasons': half of a team's
games are at home, so this is mostly its park's home-run effect, which xHR (the mean over the 30
parks) leaves out.
"""
import csv, json, math, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs', 'data'))
from player_key import key, team  # noqa: E402


def corr(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


savant = {key(r['player']): r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8-sig'))}
pa2025 = {}
seasons = [json.load(open(p)) for p in sys.argv[2:]]
per = {}
for s in seasons:
    pa = {key(b['name']): b['pa'] for b in s['batters']}
    for h in s['hr_quality']['hitters']:
        k = key(h['name'])
        if pa.get(k, 0) >= 400:
            per.setdefault(k, []).append((pa[k], h))
rows = []
for k, hs in per.items():
    if len(hs) != len(seasons) or k not in savant:
        continue
    r = savant[k]
    # Savant's PA are not in the file: 2025 PA from the bundled check file.
    rows.append((k, hs, r))
check = {key(r['name']): int(r['pa']) for r in csv.DictReader(open('baseball/src/main/resources/mlb-2025/check/hitters.csv'))}
rows = [(k, hs, r) for k, hs, r in rows if check.get(k, 0) >= 300]
sim_nd = [sum(h['no_doubters'] / pa for pa, h in hs) / len(hs) for k, hs, r in rows]
real_nd = [int(r['no_doubters']) / check[k] for k, hs, r in rows]
sim_x = [sum(h['xhr'] / pa for pa, h in hs) / len(hs) for k, hs, r in rows]
real_x = [float(r['xhr']) / check[k] for k, hs, r in rows]
sim_hr = [sum(h['hr'] / pa for pa, h in hs) / len(hs) for k, hs, r in rows]
print(f"hitters compared: {len(rows)} (>= 400 simulated PA in each of {len(seasons)} season(s), in Savant's file, >= 300 PA in 2025)")
print(f"no-doubters per PA: r = {corr(real_nd, sim_nd):.3f}; xHR per PA: r = {corr(real_x, sim_x):.3f};"
      f" simulated HR per PA vs 2025 xHR per PA: r = {corr(real_x, sim_hr):.3f}")
tot = lambda f: sum(int(r[f]) for r in savant.values())
hr25 = sum(int(r['hr_total']) for r in savant.values())
print(f"2025 (Savant, {len(savant)} hitters, postseason included): HR {hr25}; no-doubters {tot('no_doubters')}"
      f" ({100 * tot('no_doubters') / hr25:.1f} % of HR), mostly gone {tot('mostly_gone')}, doubters {tot('doubters')};"
      f" xHR {sum(float(r['xhr']) for r in savant.values()):.0f}")
for s in seasons:
    l = s['hr_quality']['league']
    print(f"season seed {s['seed']}: HR {l['hr']}; no-doubters {l['no_doubters']} ({100 * l['no_doubters'] / l['hr']:.1f} % of HR),"
          f" mostly gone {l['mostly_gone']}, doubters {l['doubters']}; xHR {l['xhr']:.0f} ({100 * l['xhr'] / l['hr']:.1f} % of HR)")

real_team, sim_team = {}, {}
for r in savant.values():
    t = real_team.setdefault(team(r['team_abbrev']), [0.0, 0.0])
    t[0] += int(r['hr_total'])
    t[1] += float(r['xhr'])
for s in seasons:
    for h in s['hr_quality']['hitters']:
        t = sim_team.setdefault(h['team'], [0.0, 0.0])
        t[0] += h['hr']
        t[1] += h['xhr']
teams = sorted(set(real_team) & set(sim_team))
excess = {t: (real_team[t][0] / real_team[t][1] - 1, sim_team[t][0] / sim_team[t][1] - 1) for t in teams}
print(f"team HR / xHR - 1 (mostly the home park), 2025 against the season(s): r = "
      f"{corr([excess[t][0] for t in teams], [excess[t][1] for t in teams]):.3f}")
print('  ' + '  '.join(f"{t} {excess[t][0]:+.2f}/{excess[t][1]:+.2f}"
                       for t in sorted(teams, key=lambda t: excess[t][1] - excess[t][0])))
