"""Hitters' 2025 leaderboard lines the engine does not read, for the scripts that check against
them: bat tracking (contact, batted balls, swings) and swing-take (pitches seen), keyed as
`docs/data/player_key.key` keys names. Read from Savant's folder (../shared/data/mlb-2025/savant).
"""
import csv
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs', 'data'))
from bat_contact import fouls_per_contact  # noqa: E402,F401 (the scripts import it from here)
from player_key import key  # noqa: E402


def rows(path):
    return list(csv.DictReader(open(path, encoding='utf-8-sig')))


def bat_tracking(savant):
    """Each hitter's bat-tracking line (the main leaderboard first, then its second page)."""
    lines = {}
    for name in ('bat-tracking.csv', 'bat-tracking1.csv'):
        for r in rows(os.path.join(savant, name)):
            lines.setdefault(key(r['name']), r)
    return lines


def swing_take(savant):
    """Each hitter's swing-take line (pa, pitches)."""
    return {key(r['last_name, first_name']): r for r in rows(os.path.join(savant, 'swing-take.csv'))}

