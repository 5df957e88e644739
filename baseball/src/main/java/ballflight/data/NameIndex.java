package ballflight.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds players by name, ignoring case, accents, spaces and punctuation ("ronald acuna jr" finds
 * "Ronald Acuña Jr."). A miss lists the closest names by edit distance (a last-name-only query is
 * compared with last names too).
 */
final class NameIndex<T> {
    private static final int SUGGESTIONS = 5;
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final Map<String, String> displayByKey = new LinkedHashMap<>();
    private final String field;

    NameIndex(String field, List<T> items, Function<T, String> name) {
        this.field = field;
        for (T item : items) {
            String key = key(name.apply(item));
            // The first entry wins: lists are ordered by playing time, so duplicates keep the regular.
            if (byKey.putIfAbsent(key, item) == null) {
                displayByKey.put(key, name.apply(item));
            }
        }
    }

    static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    T find(String name) {
        T hit = byKey.get(key(name));
        if (hit == null) {
            throw UnknownName.of(field, name, closest(name));
        }
        return hit;
    }

    List<String> closest(String name) {
        String q = key(name);
        List<Map.Entry<String, String>> entries = new ArrayList<>(displayByKey.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> score(q, e.getKey(), e.getValue()))
                .thenComparing(Map.Entry::getValue));
        return entries.stream().limit(SUGGESTIONS).map(Map.Entry::getValue).toList();
    }

    private static int score(String query, String key, String display) {
        int whole = EditDistance.between(query, key);
        String[] parts = display.split(" ");
        int best = whole;
        for (String part : parts) {
            best = Math.min(best, EditDistance.between(query, key(part)) + 1);
        }
        if (key.contains(query) && !query.isEmpty()) {
            best = Math.min(best, 1);
        }
        return best;
    }
}
