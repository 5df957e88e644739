"""Rows of docs/CALIBRATION.md from scripts/SeasonDump.java output, against the bundled 2025 lines.

usage: python3 scripts/season_dump_rows.py OUT K   (OUT: SeasonDump's folder, K: its number of seasons)

Prints, over the summed seasons (hitters with 400+ PA and pitchers with 100+ IP a season): team
wins r, the Rockies' mean wins, r with 2025 of hitters' K%, BB%, HR/PA, ISO, AVG and pitchers' K%,
BB%, ERA; league AVG, SLG, 2B/PA, 3B/PA, HR/PA; non-home-run power ((2B + 2 3B) / AB) against 2025's
and its slope per sd of sprint speed; the least-squares weights (per sd) of 2025's ISO and the
engine's on the hitter inputs the engine reads.
"""
import csv
import sys

import numpy as np

RES = 'baseball/src/main/resources/mlb-2025/'
INPUTS = ['ev50_mph', 'avg_la_deg', 'attack_angle_deg', 'squared_up_per_contact', 'ld_rate', 'pu_rate',
          'pull_rate', 'bat_speed_mph', 'barrel_pct', 'sprint_speed_ftps', 'whiff_per_swing', 'chase_percentile']


def rows(path):
    return list(csv.DictReader(open(path, encoding='utf-8-sig')))


def r(x, y):
    return np.corrcoef(x, y)[0, 1]


def main(out, k):
    real_h = {(x['team'], x['name']): x for x in rows(RES + 'check/hitters.csv')}
    real_p = {(x['team'], x['name']): x for x in rows(RES + 'check/pitchers.csv')}
    inputs = {(x['team'], x['name']): x for x in rows(RES + 'hitters.csv')}
    wins_2025 = {x['team']: int(x['wins']) for x in rows(RES + 'check/standings.csv')}
    pairs = {name: ([], []) for name in ['K', 'BB', 'HR', 'ISO', 'AVG', 'pK', 'pBB', 'ERA']}
    league = np.zeros(6)
    power, features = [], []
    for s in rows(out + '/bat.csv'):
        pa, ab, h, d, t, hr = (int(s[c]) for c in ['pa', 'ab', 'h', 'd', 't', 'hr'])
        league += [pa, ab, h, d, t, hr]
        key = (s['team'], s['name'])
        c = real_h.get(key)
        if c is None or pa / k < 400:
            continue
        cpa = int(c['pa'])
        iso_real = float(c['slg']) - float(c['avg'])
        iso_sim = (d + 2 * t + 3 * hr) / ab
        for name, a, b in [('K', int(c['k']) / cpa, int(s['k']) / pa), ('BB', int(c['bb']) / cpa, int(s['bb']) / pa),
                           ('HR', int(c['hr']) / cpa, hr / pa), ('ISO', iso_real, iso_sim),
                           ('AVG', float(c['avg']), h / ab)]:
            pairs[name][0].append(a)
            pairs[name][1].append(b)
        x = inputs.get(key)
        try:
            values = [float(x[f]) for f in INPUTS]
        except (TypeError, ValueError):
            continue
        # 2025's at bats are not in the check file: PA less walks and about 3.5 % HBP and sacrifices.
        ab_real = cpa - int(c['bb']) - 0.035 * cpa
        power.append((iso_real - 3 * int(c['hr']) / ab_real, (d + 2 * t) / ab, iso_real, iso_sim))
        features.append(values)
    for s in rows(out + '/pit.csv'):
        key = (s['team'], s['name'])
        c = real_p.get(key)
        if c is None or int(s['outs']) / k < 300 or not c['era']:
            continue
        bf = int(s['bf'])
        for name, a, b in [('pK', int(c['k']) / int(c['bf']), int(s['k']) / bf),
                           ('pBB', int(c['bb']) / int(c['bf']), int(s['bb']) / bf),
                           ('ERA', float(c['era']), 27 * int(s['er']) / int(s['outs']))]:
            pairs[name][0].append(a)
            pairs[name][1].append(b)
    wins = {x['team']: float(x['wins']) for x in rows(out + '/teams.csv')}
    teams = sorted(wins)
    print('team wins r %.3f, Rockies %.1f' % (r([wins_2025[t] for t in teams], [wins[t] for t in teams]), wins['COL']))
    print(' '.join('%s r %.3f (n %d)' % (n, r(a, b), len(a)) for n, (a, b) in pairs.items()))
    pa, ab, h, d, t, hr = league
    print('league AVG %.4f SLG %.4f 2B/PA %.4f 3B/PA %.4f HR/PA %.4f' % (h / ab, (h + d + 2 * t + 3 * hr) / ab, d / pa, t / pa, hr / pa))
    p = np.array(power)
    x = np.array(features)
    sprint = x[:, INPUTS.index('sprint_speed_ftps')]
    slope = lambda y: np.polyfit(sprint, y, 1)[0] * sprint.std()
    print('non-HR power r %.3f; per sd of sprint speed: 2025 %+.4f, engine %+.4f' % (r(p[:, 0], p[:, 1]), slope(p[:, 0]), slope(p[:, 1])))
    z = np.column_stack([np.ones(len(x)), (x - x.mean(0)) / x.std(0)])
    w_real = np.linalg.lstsq(z, p[:, 2], rcond=None)[0]
    w_sim = np.linalg.lstsq(z, p[:, 3], rcond=None)[0]
    print('ISO fit on inputs: 2025 R %.3f; 2025 fit vs engine r %.3f' % (r(z @ w_real, p[:, 2]), r(z @ w_real, p[:, 3])))
    for f, a, b in zip(INPUTS, w_real[1:], w_sim[1:]):
        print('  %-24s 2025 %+.4f engine %+.4f per sd' % (f, a, b))


if __name__ == '__main__':
    main(sys.argv[1], float(sys.argv[2]))
