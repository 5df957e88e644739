"""The key players are joined by across Savant's files and the rosters: "First Last" (Savant's
"Last, First" turned around), accents folded, lower case, letters and digits only."""
import unicodedata


def key(name):
    if ',' in name:
        last, first = name.split(',', 1)
        name = first.strip() + ' ' + last.strip()
    n = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    return ''.join(c for c in n if c.isalnum())
