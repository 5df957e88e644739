package ballflight.export;

import java.text.Normalizer;

/**
 * Names for formats that are ASCII only (Retrosheet): accents are dropped (NFD decomposition
 * without the combining marks: "Otañez" becomes "Otanez"), the few letters that do not decompose
 * are spelled out, and anything else that is not printable ASCII is dropped.
 */
final class AsciiNames {
    private static final String[][] SPELLED = {{"ß", "ss"}, {"æ", "ae"}, {"Æ", "AE"}, {"ø", "o"}, {"Ø", "O"},
        {"ł", "l"}, {"Ł", "L"}, {"đ", "d"}, {"Đ", "D"}, {"œ", "oe"}, {"Œ", "OE"}};
    /** Generational suffixes: not part of the last name in an id or the roster's last-name field. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    private AsciiNames() {
    }

    static String fold(String name) {
        String s = name;
        for (String[] p : SPELLED) {
            s = s.replace(p[0], p[1]);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * "First Last" split as Retrosheet's rosters do: the first word is the first name, the rest the
     * last name, without a generational suffix ("Vladimir Guerrero Jr." = Vladimir, Guerrero).
     *
     * @return {first, last}, ASCII
     */
    static String[] firstLast(String name) {
        return split(fold(name));
    }

    /** The same split without folding: {first, last} as written. */
    static String[] split(String name) {
        String[] words = name.trim().split("\\s+");
        int end = words.length;
        while (end > 2 && SUFFIXES.contains(words[end - 1].toLowerCase(java.util.Locale.ROOT))) {
            end--;
        }
        if (end == 1) {
            return new String[] {"", words[0]};
        }
        return new String[] {words[0], String.join(" ", java.util.Arrays.copyOfRange(words, 1, end))};
    }
}
