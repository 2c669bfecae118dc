package dk.elaas.ocr;

import java.util.List;

/** A text line as Tesseract segmented it: its words in order and their union box. */
public record OcrLine(int index, String text, int x, int y, int width, int height, List<OcrWord> words) {

    public OcrLine {
        words = List.copyOf(words);
    }

    /** Mean word confidence, 0-100. */
    public double confidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }
}
