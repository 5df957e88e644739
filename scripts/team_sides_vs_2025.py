"""Where the team-wins row stands: each team's offense and pitching against 2025's actual and expected lines.

usage: python3 scripts/team_sides_vs_2025.py OAA_CSV DIR...
  OAA_CSV: Savant's outs_above_average.csv (../shared/data/mlb-2025/savant/)
  DIR: one folder per simulated season, as scripts/SeasonDump.java writes them (teams.csv, bat.csv, pit.csv)

Prints (docs/CALIBRATION.md, "Team wins: what the engine tracks"): the correlation of the seasons'
mean wins with 2025's; of the teams' on-base rate, total bases per PA and ERA with 2025's actual
ones and with the expected ones (Savant's xBA, xSLG and xERA weighted by the 2025 lines in
check/); what 2025's ERA holds beyond its xERA (fielding, park, sequencing) against the teams'
2025 fielding runs prevented (infield and outfield) and the engine's; the team ERA again over only
the pitchers in each team's 2025 lines (weighted by their simulated outs, then by their 2025 outs)
and the share of simulated outs thrown by the others (traded pitchers placed with their whole
season on their last team, the depth arm); and the innings of each team's depth arm and the plate
appearances of its depth bats, with the innings its 2025 pitchers threw.
"""
import csv
import sys
from collections import defaultdict

import numpy as np

RES = 'baseball/src/main/resources/mlb-2025/'
INFIELD = {'1B', '2B', '3B', 'SS'}


def rows(path):
    return list(csv.DictReader(open(path, encoding='utf-8-sig')))


def r(x, y):
    return np.corrcoef(x, y)[0, 1]


def real_sides():
    """2025 per team from the check lines: on-base, total bases per PA, ERA and their expected twins."""
    s = defaultdict(float)
    for h in rows(RES + 'check/hitters.csv'):
        t, pa, bb = h['team'], float(h['pa']), float(h['bb'])
        ab = pa - bb
        s[t, 'pa'] += pa
        s[t, 'ob'] += float(h['avg']) * ab + bb
        s[t, 'tb'] += float(h['slg']) * ab
        s[t, 'xob'] += float(h['xba'] or h['avg']) * ab + bb
        s[t, 'xtb'] += float(h['xslg'] or h['slg']) * ab
    for p in rows(RES + 'check/pitchers.csv'):
        t, outs = p['team'], float(p['outs'])
        s[t, 'outs'] += outs
        s[t, 'er'] += float(p['era']) * outs / 27
        s[t, 'xer'] += float(p['xera'] or p['era']) * outs / 27
    return s


def fielding_runs(path):
    """Savant's fielding runs prevented per team, infield and outfield (a multi-team fielder, '---', is left out)."""
    nick = {x['nickname']: x['team'] for x in rows(RES + 'teams.csv')}
    nick['D-backs'] = 'ARI'
    inf, out = defaultdict(float), defaultdict(float)
    for x in rows(path):
        t = nick.get(x['display_team_name'])
        if t:
            (inf if x['primary_pos_formatted'] in INFIELD else out)[t] += float(x['fielding_runs_prevented'])
    return inf, out


def within_2025_lines(sim, teams, era_2025):
    """Team ERA r with 2025's over the pitchers in the 2025 lines only, and the outs thrown by the rest.

    sim: simulated (outs, earned runs) per (team, pitcher), summed over the seasons.
    """
    lines = {(x['team'], x['name']): float(x['outs']) for x in rows(RES + 'check/pitchers.csv')}
    by_sim, by_2025, outside = [], [], []
    for t in teams:
        own = [k for k in lines if k[0] == t and sim[k][0] > 0]
        outs, er = sum(sim[k][0] for k in own), sum(sim[k][1] for k in own)
        by_sim.append(27 * er / outs)
        by_2025.append(sum(lines[k] * 27 * sim[k][1] / sim[k][0] for k in own) / sum(lines[k] for k in own))
        outside.append(1 - outs / sum(v[0] for k, v in sim.items() if k[0] == t))
    print(f'ERA over the pitchers in the 2025 lines: engine vs 2025 r {r(by_sim, era_2025):.3f}'
          f'  (their 2025 outs as weights {r(by_2025, era_2025):.3f});'
          f' outs thrown by the others {np.mean(outside):.2f} (sd {np.std(outside):.2f})')


def main(oaa_path, dirs):
    wins_2025 = {x['team']: int(x['wins']) for x in rows(RES + 'check/standings.csv')}
    teams = sorted(wins_2025)
    ip_2025 = defaultdict(float)
    for p in rows(RES + 'pitchers.csv'):
        ip_2025[p['team']] += float(p['outs']) / 3
    e = defaultdict(float)
    pitchers = defaultdict(lambda: np.zeros(2))
    for d in dirs:
        for x in rows(d + '/teams.csv'):
            e[x['team'], 'wins'] += float(x['wins']) / len(dirs)
        for b in rows(d + '/bat.csv'):
            t, h = b['team'], float(b['h'])
            e[t, 'pa'] += float(b['pa'])
            e[t, 'ob'] += h + float(b['bb'])
            e[t, 'tb'] += h + float(b['d']) + 2 * float(b['t']) + 3 * float(b['hr'])
            if b['name'].startswith('Depth bat'):
                e[t, 'depth_pa'] += float(b['pa']) / len(dirs)
        for p in rows(d + '/pit.csv'):
            t = p['team']
            e[t, 'outs'] += float(p['outs'])
            e[t, 'er'] += float(p['er'])
            pitchers[t, p['name']] += [float(p['outs']), float(p['er'])]
            if p['name'].startswith('Depth arm'):
                e[t, 'depth_ip'] += float(p['outs']) / 3 / len(dirs)
    s = real_sides()

    def side(src, key, den):
        return [src[t, key] / src[t, den] for t in teams]

    wins = [e[t, 'wins'] for t in teams]
    print(f'seasons {len(dirs)}  mean wins r {r(wins, [wins_2025[t] for t in teams]):.3f}')
    for name, key, den, x in [('on-base per PA', 'ob', 'pa', 'xob'), ('total bases per PA', 'tb', 'pa', 'xtb'),
                              ('ERA', 'er', 'outs', 'xer')]:
        eng, act, exp = side(e, key, den), side(s, key, den), side(s, x, den)
        print(f'{name:20s} engine vs 2025 r {r(eng, act):.3f}  vs expected r {r(eng, exp):.3f}'
              f'  (2025 actual vs expected {r(act, exp):.3f})')
    inf, out = fielding_runs(oaa_path)
    era = np.array(side(e, 'er', 'outs')) * 27
    era_2025, xera_2025 = np.array(side(s, 'er', 'outs')) * 27, np.array(side(s, 'xer', 'outs')) * 27
    for name, frp in [('infield', inf), ('outfield', out)]:
        f = [frp[t] for t in teams]
        print(f'ERA beyond 2025 xERA vs {name} fielding runs: 2025 r {r(era_2025 - xera_2025, f):.3f}'
              f'  engine r {r(era - xera_2025, f):.3f}')
    within_2025_lines(pitchers, teams, era_2025)
    print('team  depth arm IP  depth bat PA  2025 IP of its pitchers')
    for t in sorted(teams, key=lambda t: -e[t, 'depth_ip']):
        print(f'{t}   {e[t, "depth_ip"]:10.1f}  {e[t, "depth_pa"]:12.0f}  {ip_2025[t]:10.1f}')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
