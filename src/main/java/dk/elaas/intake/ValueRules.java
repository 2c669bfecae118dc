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
        for (OcrWord w : run) {
            String t = w.text();
            if (leading && (t.startsWith("(") || inHint)) {
                inHint = !t.endsWith(")") && !t.endsWith("):");
                continue;
            }
            if (leading && (t.equals("/") || t.equals("-") || t.equals(":"))) {
                continue;
            }
            String key = Fuzzy.key(t);
            if (t.equals("&") && !leading) {
                out.add(w);
                continue;
            }
            if (key.isEmpty() || isUnderline(t)) {
                continue;
            }
            if (Labels.STOP.contains(key) || isHintWord(key)) {
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
