"""The league's relation between a pitch's whiffs per swing and its put-away rate (PutAway.SLOPE and
INTERCEPT): a least-squares line of logit(put-away) on logit(whiff) over every 2025 pitch of the
bundled pitchers, each pitch's squared error weighted by its pitch count. Usage:
    python3 docs/data/fit_put_away.py ../shared/data/mlb-2025 baseball/src/main/resources/mlb-2025
"""
import csv
import math
import sys

import numpy as np

from player_key import key

shared, bundled = sys.argv[1], sys.argv[2]


def logit(p):
    return math.log(p / (1 - p))


with open(bundled + '/pitchers.csv', encoding='utf-8') as f:
    ours = {key(r['name']) for r in csv.DictReader(f)}
x, y, w = [], [], []
with open(shared + '/savant/pitch-arsenal-stats1.csv', encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        try:
            whiff, put_away, pitches = float(r['whiff_percent']) / 100, float(r['put_away']) / 100, float(r['pitches'])
        except ValueError:
            continue
        if key(r['last_name, first_name']) in ours and 0 < whiff < 1 and 0 < put_away < 1:
            x.append(logit(whiff))
            y.append(logit(put_away))
            w.append(math.sqrt(pitches))
slope, intercept = np.polyfit(x, y, 1, w=w)
print('pitches %d  SLOPE %.3f  INTERCEPT %.3f  r %.2f' % (len(x), slope, intercept, np.corrcoef(x, y)[0, 1]))
