package ballflight.export;

import ballflight.data.Hitter;
import ballflight.data.Pitcher;
import ballflight.game.Rosters;
import ballflight.game.TeamRoster;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retrosheet-style player ids, generated from names: the first four letters of the ASCII last
 * name (padded with '-'), the first letter of the first name, and a three-digit number that tells
 * apart players with the same five letters (001, 002, ... in the order of "team|name"). Lower
 * case, e.g. Aaron Judge = judga001. A player is his name and 2025 team, so a two-way player
 * (hitter and pitcher) has one id; the ids depend only on the bundled rosters, never on a run.
 */
public final class PlayerIds {
    private final Map<String, String> ids;
    /** The same ids by roster object: the games play with these very objects (a lookup per pitch row). */
    private final IdentityHashMap<Object, String> byPlayer = new IdentityHashMap<>();

    private PlayerIds(Map<String, String> ids) {
        this.ids = ids;
    }

    /** Ids for every player on the 2025 rosters. */
    public static PlayerIds of(Rosters rosters) {
        TreeMap<String, String> keys = new TreeMap<>();
        for (TeamRoster t : rosters.teams().values()) {
            for (Hitter h : t.allHitters()) {
                keys.put(key(t.team(), h.name()), h.name());
            }
            for (Pitcher p : t.allPitchers()) {
                keys.put(key(t.team(), p.name()), p.name());
            }
        }
        Map<String, Integer> used = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        keys.forEach((k, name) -> {
            String prefix = prefix(name);
            int n = used.merge(prefix, 1, Integer::sum);
            if (n > 999) {
                throw new IllegalStateException("more than 999 players with the id prefix " + prefix);
            }
            ids.put(k, prefix + String.format(Locale.ROOT, "%03d", n));
        });
        PlayerIds result = new PlayerIds(Map.copyOf(ids));
        for (TeamRoster t : rosters.teams().values()) {
            t.allHitters().forEach(h -> result.byPlayer.put(h, result.id(t.team(), h.name())));
            t.allPitchers().forEach(p -> result.byPlayer.put(p, result.id(t.team(), p.name())));
        }
        return result;
    }

    /** The id of a rostered hitter (his 2025 team's). */
    public String id(Hitter h) {
        String id = byPlayer.get(h);
        return id != null ? id : id(h.team(), h.name());
    }

    /** The id of a rostered pitcher. */
    public String id(Pitcher p) {
        String id = byPlayer.get(p);
        return id != null ? id : id(p.team(), p.name());
    }

    private static String key(String team, String name) {
        return team + "|" + name;
    }

    /** Five letters: four of the last name ('-' padded), one of the first ('-' if none). */
    static String prefix(String name) {
        String[] fl = AsciiNames.firstLast(name);
        String last = letters(fl[1]);
        String first = letters(fl[0]);
        StringBuilder p = new StringBuilder(last.length() >= 4 ? last.substring(0, 4) : last);
        while (p.length() < 4) {
            p.append('-');
        }
        return p.append(first.isEmpty() ? '-' : first.charAt(0)).toString();
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The id of {@code name} on {@code team}'s 2025 roster. */
    public String id(String team, String name) {
        String id = ids.get(key(team, name));
        if (id == null) {
            throw new IllegalArgumentException("no player " + name + " on the " + team + " roster");
        }
        return id;
    }
}
