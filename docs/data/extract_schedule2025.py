#!/usr/bin/env python3
"""Builds baseball/src/main/resources/mlb-2025/schedule.csv from the Retrosheet-style 2025 schedule
(../shared/data/mlb-2025/savant/2025schedule.csv), runners.csv (stolen bases per hitter, for
steal attempts) from the rosters, and pitcher_running.csv (Savant's pitcher running game: steal
opportunities, steals and caught stealing against each pitcher, all bases).

Schedule: one row per game in file order, with day (d) or night (n) as scheduled (postponed games keep their original place; the result
of a game does not depend on its date). Retrosheet team codes become the 2025 abbreviations used
everywhere else (rosters, parks).
Usage: python3 docs/data/extract_schedule2025.py ../shared/data/mlb-2025 baseball/src/main/resources/mlb-2025
"""
import csv, os, sys

src, dst = sys.argv[1], sys.argv[2]
RETRO = {'ANA': 'LAA', 'CHA': 'CHW', 'CHN': 'CHC', 'KCA': 'KCR', 'LAN': 'LAD', 'NYA': 'NYY', 'NYN': 'NYM',
         'SDN': 'SDP', 'SFN': 'SFG', 'SLN': 'STL', 'TBA': 'TBR', 'WAS': 'WSN'}

with open(os.path.join(src, 'savant/2025schedule.csv'), encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))[1:]
with open(os.path.join(dst, 'schedule.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['game', 'date', 'away', 'home', 'day_night'])
    for i, r in enumerate(rows):
        w.writerow([i + 1, r[0], RETRO.get(r[3], r[3]), RETRO.get(r[6], r[6]), r[9]])

with open(os.path.join(src, 'rosters/hitters.csv'), encoding='utf-8-sig') as f:
    hitters = list(csv.DictReader(f))
with open(os.path.join(dst, 'runners.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['name', 'team', 'sb'])
    for h in hitters:
        w.writerow([h['player_name'], h['team_abbr'], h['stolen_bases'] or '0'])

with open(os.path.join(src, 'savant/pitcher_running_game.csv'), encoding='utf-8-sig') as f:
    running = [r for r in csv.DictReader(f) if r['key_target_base'] == 'All']
with open(os.path.join(dst, 'pitcher_running.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['name', 'opportunities', 'sb', 'cs'])
    for r in running:
        last, first = r['player_name'].split(',', 1)
        w.writerow([first.strip() + ' ' + last.strip(), r['n_init'], r['n_sb'], r['n_cs']])
