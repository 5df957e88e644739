#!/usr/bin/env python3
"""Builds baseball/src/main/resources/mlb-2025/*.csv from ../shared/data/mlb-2025 (see docs/DATA.md).

Only the columns the plate-appearance engine reads are kept. Players are keyed by "First Last"
(accents kept, as in the rosters); Savant's "Last, First" names are turned around to join.
Empty cell = not in the data: the Java loader fills it with the league value (docs/DATA.md).
Usage: python3 docs/data/extract_mlb2025.py ../shared/data/mlb-2025 baseball/src/main/resources/mlb-2025
"""
import csv, sys, os
from collections import Counter
from bat_contact import fouls_per_contact
from player_key import key, team as savant_team

src, dst = sys.argv[1], sys.argv[2]

def rd(p):
    with open(os.path.join(src, p), encoding='utf-8-sig') as f:
        return list(csv.DictReader(f))

def by_name(rows, col):
    out = {}
    for r in rows:
        out.setdefault(key(r[col]), r)
    return out

def num(row, col):
    v = row.get(col, '')
    return '' if v.lower() in ('nan', 'null') else v

def fouls_per_contact_cell(t):
    """His fouls per bat-ball contact, to 4 places; '' under 100 contacts."""
    if float(num(t, 'contact') or 0) < 100:
        return ''
    return '%.4f' % fouls_per_contact(t)

def sweet_spot_cell(e):
    """His share of batted balls at 8-32 degrees (Savant's sweet-spot percent), as a fraction; '' under
    100 batted balls, where it is a handful of balls (the spread it sets, LaunchAngleSpread, would be noise)."""
    if float(num(e, 'attempts') or 0) < 100 or not num(e, 'anglesweetspotpercent'):
        return ''
    return '%.4f' % (float(e['anglesweetspotpercent']) / 100.0)

def write(name, header, rows):
    with open(os.path.join(dst, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)

teams = rd('rosters/teams.csv')
abbr_of = {t['team_name']: t['team_abbr'] for t in teams}

# Hitters ------------------------------------------------------------------------------------
ev = by_name(rd('savant/exit_velocity.csv'), 'last_name, first_name')
bb = by_name(rd('savant/batted-ball.csv'), 'name')
bt = by_name(rd('savant/bat-tracking.csv'), 'name')
bt.update({k: v for k, v in by_name(rd('savant/bat-tracking1.csv'), 'name').items() if k not in bt})
path = by_name(rd('savant/bat-tracking-swing-path.csv'), 'name')
pct = by_name(rd('savant/percentile_rankings.csv'), 'player_name')
frv = by_name(rd('savant/fielding-run-value.csv'), 'name')
def hitter_row(name, team, position, pa, k, w, hr, h):
    """One hitters.csv row: the counting line given, Savant's skills by name; h is his roster row
    (sprint speed, arm, jump: only the rosters have them; {} leaves them to the loader's means)."""
    k_ = key(name)
    e, b, t, p, q = ev.get(k_, {}), bb.get(k_, {}), bt.get(k_, {}), path.get(k_, {}), pct.get(k_, {})
    fr = frv.get(k_, {})
    caught = fr.get('outs_2', '') if num(fr, 'framing_runs') and fr.get('outs_2', '') not in ('', '0') else ''
    return [name, team, position, p.get('side', ''), pa, k, w, hr,
            e.get('avg_hit_speed', ''), e.get('avg_hit_angle', ''),
            t.get('avg_bat_speed', ''), t.get('swing_length', ''), t.get('whiff_per_swing', ''),
            p.get('attack_angle', ''), q.get('chase_percent', ''),
            h.get('sprint_speed', ''), b.get('pull_rate', ''), b.get('oppo_rate', ''),
            h.get('arm_strength_mph', ''), h.get('fielding_pct', ''), h.get('jump_reaction', ''), h.get('jump_burst', ''),
            h.get('jump_route', ''), num(t, 'squared_up_per_bat_contact'), b.get('ld_rate', ''), b.get('pu_rate', ''),
            e.get('ev50', ''), e.get('brl_percent', ''), fouls_per_contact_cell(t), num(fr, 'framing_runs') if caught else '',
            caught, sweet_spot_cell(e)]

hitter_roster = rd('rosters/hitters.csv')
rows = [hitter_row(h['player_name'], h['team_abbr'], h['primary_position'],
                   int(float(h['at_bats'] or '0')) + int(float(h['walks'] or '0')), h['strikeouts'], h['walks'],
                   h['home_runs'], h) for h in hitter_roster]

# The 2025 players the rosters lack ---------------------------------------------------------------------------
# The rosters hold one line per player on one team and leave out most players traded in 2025 (Devers,
# Suarez, Naylor, Kelly, Littell...), call-ups and the barely used: a seventh of the league's plate
# appearances, a fifth of its batters faced. Savant's expected-stats leaderboards list every player who
# batted or pitched (PA, balls in play, BA, SLG, wOBA). K and BB are not in them; they follow from two
# identities: a plate appearance that is not a ball in play is a K, a BB or a hit batter; and wOBA = (0.69
# (BB + HBP) + 0.88 hits + 0.37 extra bases) / PA (2024-25 linear weights; AB = PA - BB - HBP). Hit batters
# at the rostered players' rate (PA - BIP - K - BB over PA). On the rostered pitchers this gives K% at r 0.99
# and BB% at r 0.92. Each joins his last 2025 team (Savant's team on the swing-take leaderboard for hitters,
# the running-game leaderboard for pitchers), like the rosters' traded players. Not in the check files: the
# fidelity report compares the rostered players, whose 2025 lines are counted, not estimated. Hitters keep
# the rosters' floor (none has under 50 PA: below it his bat-tracking rates are a handful of swings);
# pitchers need 10 IP (the rosters' 20 IP left 2,400 more innings to the depth arms, and every fidelity row
# was as good or better at 10, docs/CALIBRATION.md). The rest stay with the depth players.
UNLISTED_MIN_PA = 50
UNLISTED_MIN_OUTS = 30
def identity_hbp_rate(xrows, roster, k_col, w_col):
    on = {key(r['player_name']): r for r in roster}
    seen = [(float(x['pa']), float(x['bip']), float(on[key(x['last_name, first_name'])][k_col] or 0),
             float(on[key(x['last_name, first_name'])][w_col] or 0))
            for x in xrows if key(x['last_name, first_name']) in on]
    return sum(pa - bip - k - w for pa, bip, k, w in seen) / sum(pa for pa, _, _, _ in seen)

def counted_line(x, hbp_rate):
    """(PA, K, BB, hits) of an expected-stats row, by the identities above."""
    pa, bip, ba, slg = float(x['pa']), float(x['bip']), float(x['ba'] or 0), float(x['slg'] or 0)
    per_ab = 0.88 * ba + 0.37 * (slg - ba)
    w = min(max((float(x['woba'] or 0) - per_ab) * pa / (0.69 - per_ab), 0.0), pa - bip)
    return pa, pa - bip - w, max(w - hbp_rate * pa, 0.0), ba * (pa - w)

def unlisted(xrows, roster):
    on = {key(r['player_name']) for r in roster}
    return [x for x in xrows if key(x['last_name, first_name']) not in on and float(x['pa']) > 0]

def turned(savant_name):
    """Savant's "Last, First" as the rosters' "First Last"."""
    last, first = savant_name.split(',', 1)
    return first.strip() + ' ' + last.strip()

# Savant's numeric team ids, named by the rostered hitters on its swing-take leaderboard.
swing_take = {key(r['last_name, first_name']): r for r in rd('savant/swing-take.csv')}
votes = Counter((swing_take[key(h['player_name'])]['team_id'], h['team_abbr']) for h in hitter_roster
                if key(h['player_name']) in swing_take)
team_of_id = {}
for (tid, ab), n in votes.most_common():
    team_of_id.setdefault(tid, ab)
position_of = {r['player_id']: r['primary_pos_formatted'] for r in rd('savant/outs_above_average.csv')}
hr_of = {r['player_id']: r['hr_total'] for r in rd('savant/homeruns.csv')}
x_hitters = rd('savant/expected_stats.csv')
hitter_hbp = identity_hbp_rate(x_hitters, hitter_roster, 'strikeouts', 'walks')
for x in unlisted(x_hitters, hitter_roster):
    team = team_of_id.get(swing_take.get(key(x['last_name, first_name']), {}).get('team_id'))
    if team is None:
        continue
    name = turned(x['last_name, first_name'])
    pa, k, w, _ = counted_line(x, hitter_hbp)
    if pa < UNLISTED_MIN_PA:
        continue
    caught = frv.get(key(name), {}).get('outs_2', '') not in ('', '0')
    rows.append(hitter_row(name, team, position_of.get(x['player_id'], 'C' if caught else 'DH'), int(pa), round(k),
                           round(w), hr_of.get(x['player_id'], '0'), {}))
write('hitters.csv', ['name', 'team', 'position', 'bats', 'pa', 'k', 'bb', 'hr', 'avg_ev_mph', 'avg_la_deg',
                      'bat_speed_mph', 'swing_length_ft', 'whiff_per_swing', 'attack_angle_deg',
                      'chase_percentile', 'sprint_speed_ftps', 'pull_rate', 'oppo_rate', 'arm_mph',
                      'fielding_pct', 'jump_reaction_ft', 'jump_burst_ft', 'jump_route_ft', 'squared_up_per_contact', 'ld_rate',
                      'pu_rate', 'ev50_mph', 'barrel_pct', 'fouls_per_contact', 'framing_runs', 'catcher_outs',
                      'sweet_spot_pct'], rows)

def xtb_per_bip(x, p):
    # Expected total bases per ball in play allowed: Savant's xSLG times at-bats (PA - BB; hit
    # batters are not in the data) over balls in play. Quality of contact allowed, K and BB left out.
    if not x or not x.get('bip') or float(x['bip']) <= 0 or not x.get('est_slg'):
        return ''
    ab = float(x['pa']) - float(p['walks'] or 0)
    return '%.4f' % (float(x['est_slg']) * ab / float(x['bip']))

# Pitchers -----------------------------------------------------------------------------------
ars = rd('savant/pitch-arsenal-stats1.csv')
ids = {}
for r in ars:
    ids.setdefault(key(r['last_name, first_name']), r['player_id'])
arm = {r['pitcher']: r for r in rd('savant/pitcher_arm_angles.csv')}
spin = by_name(rd('savant/active-spin.csv'), 'entity_name')
sdir = by_name(rd('savant/spin-direction.csv'), 'last_name, first_name')
ppct = by_name(rd('savant/percentile_rankings1.csv'), 'player_name')
x_pitchers = rd('savant/expected_stats1.csv')
xpit = by_name(x_pitchers, 'last_name, first_name')
prow, arow = [], []
active_col = {'FF': 'fourseam', 'SI': 'sinker', 'FC': 'cutter', 'CH': 'changeup', 'FS': 'splitter',
              'CU': 'curve', 'KC': 'curve', 'SL': 'slider', 'ST': 'sweeper', 'SV': 'slurve'}
by_pitcher = {}
for r in ars:
    by_pitcher.setdefault(key(r['last_name, first_name']), []).append(r)
def outs_of(p):
    """A roster line's innings pitched as outs ("171.2" is 171 innings and two outs)."""
    whole, _, thirds = (p['innings_pitched'] or '0').partition('.')
    return int(whole) * 3 + (int(thirds) if thirds else 0)

def pitcher_rows(name, team, starter, outs, whip, k, w, fb_velo):
    """His pitchers.csv row and arsenal.csv rows: the line given, Savant's delivery and pitches by name."""
    k_ = key(name)
    a = arm.get(ids.get(k_, ''), {})
    s = spin.get(k_, {})
    hand = a.get('pitch_hand') or s.get('pitch_hand', '')
    row = [name, team, hand, starter, outs, whip, k, w,
           fb_velo, ppct.get(k_, {}).get('fb_spin', ''), ppct.get(k_, {}).get('curve_spin', ''),
           a.get('ball_angle', ''), a.get('relative_release_ball_x', ''), a.get('release_ball_z', ''),
           ppct.get(k_, {}).get('brl_percent', ''), xpit.get(k_, {}).get('bip', ''), xtb_per_bip(xpit.get(k_), {'walks': w})]
    d = sdir.get(k_, {})
    clock = {}
    for side in ('a', 'b'):
        if d.get('pitch_' + side):
            clock[d['pitch_' + side]] = d.get('pitch_%s_hawkeye_measured_clock' % side, '')
    pitches = []
    for r in by_pitcher.get(k_, []):
        t = r['pitch_type']
        pitches.append([name, t, r['pitch_usage'], r['whiff_percent'],
                        s.get('active_spin_' + active_col[t], '') if t in active_col else '', clock.get(t, ''),
                        r['put_away']])
    return row, pitches

pitcher_roster = rd('rosters/pitchers.csv')
for p in pitcher_roster:
    row, pitches = pitcher_rows(p['player_name'], p['team_abbr'], p['is_starter'], outs_of(p), p['whip'],
                                p['strikeouts'], p['walks'], p['avg_fastball_velo'])
    prow.append(row)
    arow.extend(pitches)
# The pitchers the rosters lack (see the hitters'): outs = PA - hits - BB - HBP. Without games in the data,
# one who faced UNLISTED_STARTER_PA or more batters is a starter at the league's 5.3 innings a start, the rest
# relievers at 1.05 an outing (PitcherUsage's league figures); none the rosters mark a reliever faced 350.
UNLISTED_STARTER_PA = 350
run_team = {r['player_id']: savant_team(r['team_name']) for r in rd('savant/pitcher_running_game.csv')}
pitcher_hbp = identity_hbp_rate(x_pitchers, pitcher_roster, 'strikeouts', 'walks')
# Their fastball speed is only a Savant percentile: the rostered pitchers' speed at that percentile.
rostered_velos = sorted(float(p['avg_fastball_velo']) for p in pitcher_roster
                        if p['avg_fastball_velo'] and ppct.get(key(p['player_name']), {}).get('fb_velocity'))
def velo_at_percentile(pct_cell):
    if not pct_cell:
        return ''
    i = min(int(float(pct_cell) / 100 * len(rostered_velos)), len(rostered_velos) - 1)
    return '%.1f' % rostered_velos[i]
hitter_keys = {key(r[0]) for r in rows}
unlisted_usage = []
for x in unlisted(x_pitchers, pitcher_roster):
    team = run_team.get(x['player_id'])
    if team is None:
        continue
    name = turned(x['last_name, first_name'])
    pa, k, w, h = counted_line(x, pitcher_hbp)
    outs = round(pa - h - w - pitcher_hbp * pa)
    if outs < UNLISTED_MIN_OUTS or key(name) in hitter_keys:  # a position player who pitched in a rout
        continue
    starter = pa >= UNLISTED_STARTER_PA
    row, pitches = pitcher_rows(name, team, '1' if starter else '0', outs, '%.2f' % ((h + w) / (outs / 3)), round(k),
                                round(w), velo_at_percentile(ppct.get(key(name), {}).get('fb_velocity', '')))
    prow.append(row)
    arow.extend(pitches)
    unlisted_usage.append([name, team, outs, max(round(outs / 3 / (5.3 if starter else 1.05)), 1)])
write('pitchers.csv', ['name', 'team', 'throws', 'starter', 'outs', 'whip', 'k', 'bb', 'fb_velo_mph',
                       'fb_spin_percentile', 'curve_spin_percentile', 'arm_angle_deg', 'release_x_ft',
                       'release_z_ft', 'barrel_percentile', 'bip', 'xtb_per_bip'], prow)
write('arsenal.csv', ['name', 'pitch_type', 'usage_pct', 'whiff_pct', 'active_spin_pct', 'spin_clock_hours',
                      'put_away_pct'], arow)

# Parks --------------------------------------------------------------------------------------
nick = {'D-backs': 'ARI', 'Athletics': 'ATH', 'Royals': 'KCR', 'Padres': 'SDP', 'Giants': 'SFG',
        'Rays': 'TBR', 'Nationals': 'WSN'}
for full, ab in abbr_of.items():
    nick.setdefault(full.split(' ')[-1], ab)
nick['Red Sox'] = 'BOS'; nick['White Sox'] = 'CWS' if 'CWS' in abbr_of.values() else abbr_of['Chicago White Sox']
nick['Blue Jays'] = abbr_of['Toronto Blue Jays']
env = {r['Team']: r for r in rd('savant/2025_stadium_distances.csv')}
park_rows = []
for d in rd('savant/2025_stadium_dimensions.csv'):
    e = env.get(d['Team'], {})
    park_rows.append([nick[d['Team']], d['Venue'], d['LF_Line'], d['LF_Gap'], d['CF'], d['RF_Gap'], d['RF_Line'],
                      d['Avg_Fence_Height'], e.get('Avg_Temp', ''), e.get('Elevation', ''), e.get('Roof_Pct', ''),
                      e.get('Env', ''), d['Avg_Fence_Distance']])
# env_carry_ft: Savant's carry beyond temperature, elevation and roof, played as the park's breeze (ParkBreeze).
# avg_fence_ft: Savant's mean fence distance, which shapes the fence between the five points (Park).
write('parks.csv', ['team', 'venue', 'lf_line_ft', 'lf_gap_ft', 'cf_ft', 'rf_gap_ft', 'rf_line_ft', 'fence_height_ft',
                    'avg_temp_f', 'elevation_ft', 'roof_pct', 'env_carry_ft', 'avg_fence_ft'], sorted(park_rows))

# Fielder positioning --------------------------------------------------------------------------
write('positioning.csv', ['name', 'position', 'pa', 'start_distance_ft', 'start_angle_deg'],
      [[turned(r['name_fielder']),
        r['position'], r['pa'], r['avg_norm_start_distance'], r['avg_norm_start_angle']]
       for r in rd('savant/positioning.csv')])

# 2025 outcomes: a CHECK for the fidelity report (ballflight.season.Actual2025), never an engine input --------
os.makedirs(os.path.join(dst, 'check'), exist_ok=True)
# Statcast's expected stats (xBA, xSLG; xERA for pitchers), from each batted ball's exit velocity and launch angle:
# the fidelity report's outside yardstick. Joined by name; a name that two players share (in the
# leaderboard or the rosters) is left empty rather than guessed.
def expected(board, cols, roster):
    rows, on_board = {}, Counter()
    for r in board:
        k = key(r['last_name, first_name'])
        on_board[k] += 1
        rows[k] = r
    on_roster = Counter(key(r['player_name']) for r in roster)
    def of(name):
        k = key(name)
        return [rows[k][c] for c in cols] if on_board[k] == 1 and on_roster[k] == 1 else [''] * len(cols)
    return of
x_hitter = expected(x_hitters, ['est_ba', 'est_slg'], hitter_roster)
x_pitcher = expected(x_pitchers, ['xera'], pitcher_roster)
write('check/hitters.csv', ['name', 'team', 'pa', 'k', 'bb', 'hr', 'avg', 'slg', 'xba', 'xslg'],
      [[h['player_name'], h['team_abbr'], int(float(h['at_bats'] or 0)) + int(float(h['walks'] or 0)),
        h['strikeouts'] or 0, h['walks'] or 0, h['home_runs'] or 0, h['batting_avg'] or 0, h['slugging_pct'] or 0]
       + x_hitter(h['player_name']) for h in hitter_roster])
prows = []
for p in pitcher_roster:
    outs = outs_of(p)
    # Batters faced are not in the data: outs + hits + walks = outs + WHIP * IP (HBP missing).
    bf = outs + round(float(p['whip'] or 0) * outs / 3)
    prows.append([p['player_name'], p['team_abbr'], outs, bf, p['strikeouts'] or 0, p['walks'] or 0, p['era'] or '',
                  p['games_pitched'] or 0] + x_pitcher(p['player_name']))
write('check/pitchers.csv', ['name', 'team', 'outs', 'bf', 'k', 'bb', 'era', 'games', 'xera'], prows)

# 2025 league contact (a CHECK for `pa --contact`, never an engine input): batted-ball-weighted means over
# the hitters of Savant's exit-velocity and batted-ball leaderboards; home-run distance weighted by home runs.
evl = rd('savant/exit_velocity.csv')
bbl = rd('savant/batted-ball.csv')
def wmean(rows, col, weight):
    pairs = [(float(r[col]), float(r[weight])) for r in rows if r.get(col) not in ('', None) and float(r[weight]) > 0]
    return sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
hrs = {r['player_id']: float(r['hr_total']) for r in rd('savant/homeruns.csv')}
hr_dist = [(float(r['avg_hr_distance']), hrs[r['player_id']]) for r in evl
           if r['avg_hr_distance'] and hrs.get(r['player_id'], 0) > 0]
contact = [('mean_ev_mph', wmean(evl, 'avg_hit_speed', 'attempts')),
           ('hard_hit_pct', wmean(evl, 'ev95percent', 'attempts') / 100),
           ('fbld_ev_mph', wmean(evl, 'fbld', 'attempts')),
           ('gb_ev_mph', wmean(evl, 'gb', 'attempts')),
           ('barrel_pct', wmean(evl, 'brl_percent', 'attempts') / 100),
           ('hr_distance_ft', sum(d * w for d, w in hr_dist) / sum(w for _, w in hr_dist))]
for side in ('pull', 'straight', 'oppo'):
    contact.append((side + '_pct', wmean(bbl, side + '_rate', 'bbe')))
    contact.append((side + '_gb_pct', wmean(bbl, side + '_gb_rate', 'bbe')))
    contact.append((side + '_air_pct', wmean(bbl, side + '_air_rate', 'bbe')))
write('check/contact.csv', ['measure', 'value'], [[k, '%.4f' % v] for k, v in contact])

# Home runs and expected home runs by team, hitters' and pitchers' sides (a CHECK for each park's home-run
# factor, never an engine input): xHR counts each batted ball by the share of the 30 parks it would leave.
park_hr = {}
for col, page in ((0, 'savant/homeruns.csv'), (2, 'savant/homeruns1.csv')):
    for r in rd(page):
        sums = park_hr.setdefault(savant_team(r['team_abbrev']), [0, 0.0, 0, 0.0])
        sums[col] += int(r['hr_total'])
        sums[col + 1] += float(r['xhr'])
write('check/park_hr.csv', ['team', 'hitters_hr', 'hitters_xhr', 'pitchers_hr', 'pitchers_xhr'],
      [[t, h, '%.1f' % hx, p, '%.1f' % px] for t, (h, hx, p, px) in sorted(park_hr.items())])

# Pitcher usage (an engine input: playing time, docs/DATA.md "Workloads") ------------------------------------
urows = []
for p in pitcher_roster:
    urows.append([p['player_name'], p['team_abbr'], outs_of(p), p['games_pitched'] or 0])
write('pitcher_usage.csv', ['name', 'team', 'outs', 'games'], urows + unlisted_usage)
