package dk.elaas.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Tesseract read on one image.
 *
 * @param words  every word, in reading order, boxes in image pixels
 * @param lines  the same words grouped into text lines
 * @param text   plain text, one text line per line
 * @param millis time spent in recognition
 */
public record OcrResult(List<OcrWord> words, List<OcrLine> lines, String text, int imageWidth, int imageHeight,
                        long millis) {

    public OcrResult {
        words = List.copyOf(words);
        lines = List.copyOf(lines);
    }

    /** Builds lines and text from words that carry their line index. */
    public static OcrResult of(List<OcrWord> words, int imageWidth, int imageHeight, long millis) {
        Map<Integer, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord w : words) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<OcrLine> lines = new ArrayList<>();
        byLine.forEach((index, ws) -> {
            int x0 = ws.stream().mapToInt(OcrWord::x).min().orElse(0);
            int y0 = ws.stream().mapToInt(OcrWord::y).min().orElse(0);
            int x1 = ws.stream().mapToInt(OcrWord::right).max().orElse(0);
            int y1 = ws.stream().mapToInt(OcrWord::bottom).max().orElse(0);
            String text = ws.stream().map(OcrWord::text).collect(Collectors.joining(" "));
            lines.add(new OcrLine(index, text, x0, y0, x1 - x0, y1 - y0, ws));
        });
        String text = lines.stream().map(OcrLine::text).collect(Collectors.joining("\n"));
        return new OcrResult(words, lines, text, imageWidth, imageHeight, millis);
    }

    /** Mean word confidence, 0-100; 0 for a page without words. */
    public double meanConfidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }
}
