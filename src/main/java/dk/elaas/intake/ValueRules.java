package dk.elaas.intake;

import dk.elaas.ocr.OcrWord;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turning OCR words into clean value text, and how sure OCR was of them. */
final class ValueRules {

    private ValueRules() {
    }

    /**
     * Trims a run of words right of or below a label to the value: drops a parenthesised hint that
     * belongs to the label ({@code (dd-mm-åååå)}, {@code (vej, husnr., etage)}), stops at the next
     * label or at a gap wider than a few characters, and drops underline debris.
     */
    static List<OcrWord> clean(List<OcrWord> run, double labelHeight) {
        java.util.ArrayList<OcrWord> out = new java.util.ArrayList<>();
        boolean inHint = false;
        boolean leading = true;
        OcrWord hint = null;
        for (OcrWord w : run) {
            String t = w.text();
            if (leading && (t.startsWith("(") || inHint)) {
                inHint = !t.endsWith(")") && !t.endsWith("):");
                hint = w;
                continue;
            }
            if (leading && hint != null && w.centerX() < hint.right() && w.centerX() > hint.x()) {
                continue; // a speck inside the hint's own box
            }
            if (leading && (t.equals("/") || t.equals("-") || t.equals(":"))) {
                continue;
            }
            if (leading && w.height() < 0.35 * labelHeight) {
                continue; // a speck or the underline's end before the value
            }
            String key = Fuzzy.key(t);
            if (t.equals("&") && !leading) {
                out.add(w);
                continue;
            }
            if (key.isEmpty() || isUnderline(t)) {
                continue;
            }
            if (isStop(key) || isHintWord(key)) {
                break;
            }
            if (!out.isEmpty()) {
                OcrWord prev = out.get(out.size() - 1);
                if (w.x() - prev.right() > Math.max(5 * labelHeight, 3 * prev.height())) {
                    break;
                }
            }
            leading = false;
            out.add(w);
        }
        return out;
    }

    /**
     * The start of the next label: exact for short label words, tolerant for long ones, which OCR
     * often gets one letter wrong ({@code udtøbsdato}) and which no name or address contains.
     */
    static boolean isStop(String key) {
        if (Labels.STOP.contains(key)) {
            return true;
        }
        if (key.length() < 7) {
            return false;
        }
        String folded = Fuzzy.folded(key);
        for (String stop : Labels.STOP) {
            if (stop.length() >= 7 && Fuzzy.similarity(folded, Fuzzy.folded(stop)) >= 0.8) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text written in capitals (as many fill forms in by hand) in the case the register uses:
     * {@code BISPEHAVEVEJ 43, 4. TV.} → {@code Bispehavevej 43, 4. tv.}, {@code NÆRKØB APS} →
     * {@code Nærkøb ApS}. Mixed-case text is returned unchanged.
     */
    static String fromCapitals(String v) {
        long upper = v.codePoints().filter(Character::isUpperCase).count();
        long lower = v.codePoints().filter(Character::isLowerCase).count();
        if (upper < 3 || lower > upper / 4) {
            return v;
        }
        StringBuilder b = new StringBuilder();
        for (String word : v.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(capitalWord(word));
        }
        return b.toString();
    }

    /**
     * A person's name with each name word capitalised: a handwritten initial "u" and "U" differ only in
     * size, and OCR picks either. Particles stay lower case ("Hans af Rosenborg").
     */
    static String nameCase(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (NAME_PARTICLES.contains(word)) {
                b.append(word);
                continue;
            }
            // Each part of a double name ("anne-lise" -> "Anne-Lise").
            String[] parts = word.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                boolean lower = p.length() >= 2 && p.codePoints().allMatch(Character::isLowerCase);
                b.append(i > 0 ? "-" : "").append(lower ? p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1) : p);
            }
        }
        return b.toString();
    }

    /**
     * A Danish address as it is written: a comma between the house number and the floor
     * ("Hybenvej 58. 2. th." and "Hybenvej 58 2. th." become "Hybenvej 58, 2. th."); OCR reads a
     * handwritten comma as a full stop or not at all.
     */
    static String addressForm(String address) {
        String a = address.replaceFirst("(\\d+[A-Za-zÆØÅæøå]?)\\.?\\s+(\\d{1,2}\\.\\s?(?:tv|th|mf|st)\\.?)$", "$1, $2");
        // The side of the floor is written with its full stop ("4. tv."), which a pen often leaves faint.
        return a.replaceFirst("(?<=\\d\\.\\s?|\\bst\\.\\s?)(tv|th|mf)$", "$1.");
    }

    /** Capitals whose small letter has the same shape, only smaller: handwriting leaves OCR to guess. */
    private static final String SIZE_ONLY = "CKOPSUVWXZØ";

    /**
     * A word read from handwriting with a capital inside it that only differs from its small letter by
     * size ("KasPer", "ØsterVang", "TØivask") in small letters. Each part of a hyphenated word counts on
     * its own ("DSB-chauffør" stays); parts in capitals, short ones with a capital after one small letter
     * ("ApS"), and Mc/Mac names ("McKinley") are left alone. Callers apply it to unsure readings only: a
     * printed name is as its owner spells it.
     */
    static String sizeCase(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String[] words = text.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                b.append(' ');
            }
            String[] parts = words[w].split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                b.append(p > 0 ? "-" : "").append(sizeCasePart(parts[p]));
            }
        }
        return b.toString();
    }

    private static String sizeCasePart(String part) {
        long small = part.codePoints().filter(Character::isLowerCase).count();
        if (small < 2) {
            return part;
        }
        int keep = part.startsWith("Mac") ? 3 : part.startsWith("Mc") ? 2 : -1;
        StringBuilder b = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean inside = i > 0 && i != keep && Character.isLetter(part.charAt(i - 1));
            b.append(inside && SIZE_ONLY.indexOf(c) >= 0 ? Character.toLowerCase(c) : c);
        }
        return b.toString();
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("af", "de", "von", "van", "la", "le",
            "du", "da", "di");

    private static String capitalWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = lower.replaceAll("[^\\p{L}/]", "");
        switch (bare) {
            case "aps":
                return word.replaceAll("(?i)aps", "ApS");
            case "a/s", "i/s", "k/s", "p/s":
                return word.toUpperCase(Locale.ROOT);
            case "th", "tv", "mf", "st", "kl", "sal", "og":
                // Floor and side of an address ("2. th."), and the conjunction: lower case in Danish.
                return lower;
            default:
                break;
        }
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            b.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c) && c != '\'';
        }
        return b.toString();
    }

    private static boolean isUnderline(String t) {
        return t.chars().filter(Character::isLetterOrDigit).count() * 3 < t.length()
                && t.chars().anyMatch(c -> c == '_' || c == '.' || c == '…' || c == '-');
    }

    /** Format hints printed on the form, never a value. */
    private static boolean isHintWord(String key) {
        return key.equals("ddmmåååå") || key.equals("ddmmaaaa") || key.equals("valgfrit");
    }

    static String text(List<OcrWord> ws) {
        return ws.stream().map(OcrWord::text).collect(Collectors.joining(" "))
                .replaceAll("^[\\p{Punct}&&[^+(]]+", "").replaceAll("[\\s_|]+$", "").strip();
    }

    /** A line's text as a value: trimmed of edge punctuation and underline debris, spaces collapsed. */
    static String tidy(String line) {
        return line.replaceAll("^[\\p{Punct}&&[^+(]]+", "").replaceAll("[\\s_|,:;-]+$", "")
                .replaceAll("\\s+", " ").strip();
    }

    static double minConfidence(List<OcrWord> ws) {
        return ws.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
    }

    /**
     * Reads a digit-heavy OCR string as digits: letters Tesseract confuses with digits are mapped
     * (O→0, l→1, S→5, B→8 ...). Only used for fields that must be digits.
     */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            char d = switch (c) {
                case 'O', 'o', 'D', 'Q', 'Ø', 'ø' -> '0';
                case 'I', 'l', '|', 'i', '!', 'L', 'j', 'J' -> '1';
                case 'Z', 'z' -> '2';
                case 'S', 's', '$' -> '5';
                case 'B' -> '8';
                case 'G', 'b' -> '6';
                case 'T' -> '7';
                case 'g', 'q' -> '9';
                case 'A' -> '4';
                default -> c;
            };
            if (Character.isDigit(d)) {
                b.append(d);
            } else if (d == '-' || d == '–' || d == '—' || d == ' ' || d == '/' || d == '.' || d == '+') {
                b.append(d == '–' || d == '—' ? '-' : d);
            }
        }
        return b.toString().strip();
    }

    /**
     * Confidence of an unvalidated text value from OCR's certainty of its least certain word. Kept
     * below 0.9 unless every word was read with high certainty: names cannot be checked.
     */
    static double textConfidence(List<OcrWord> ws) {
        double c = minConfidence(ws);
        if (c >= 93) {
            return 0.93;
        }
        if (c >= 88) {
            return 0.86;
        }
        return Math.max(0.1, c / 100 * 0.8);
    }

    /** Confidence of a value that passed a check (date, postcode, checksum). */
    static double validatedConfidence(List<OcrWord> ws, boolean strongCheck) {
        double c = minConfidence(ws);
        if (strongCheck) {
            return c >= 60 ? 0.98 : 0.85;
        }
        if (c >= 90) {
            return 0.95;
        }
        if (c >= 80) {
            return 0.88;
        }
        return Math.max(0.1, c / 100 * 0.85);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
