package dk.elaas.intake;

import java.text.Normalizer;
import java.util.Locale;

/** Tolerant text comparison for OCR output. */
final class Fuzzy {

    private Fuzzy() {
    }

    /** Lower case letters and digits only: {@code "CPR-nr.:"} becomes {@code "cprnr"}. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@link #key} with Danish letters folded (æ→ae, ø→o, å→a) for comparisons that OCR blurs. */
    static String folded(String s) {
        String k = key(s).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(k, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** 1 for equal strings, 0 for nothing in common (1 - edit distance / longer length). */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int d = distance(a, b);
        return 1.0 - (double) d / Math.max(a.length(), b.length());
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
