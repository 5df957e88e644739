"""The keys players and teams are joined by across Savant's files and the rosters. A player's:
"First Last" (Savant's "Last, First" turned around), accents folded, lower case, letters and
digits only. A team's: the rosters' abbreviation, where Savant spells seven of them its own way."""
import unicodedata


def key(name):
    if ',' in name:
        last, first = name.split(',', 1)
        name = first.strip() + ' ' + last.strip()
    n = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    return ''.join(c for c in n if c.isalnum())


SAVANT_TEAMS = {'AZ': 'ARI', 'WSH': 'WSN', 'SF': 'SFG', 'CWS': 'CHW', 'KC': 'KCR', 'TB': 'TBR', 'SD': 'SDP'}


def team(savant_abbrev):
    return SAVANT_TEAMS.get(savant_abbrev, savant_abbrev)
