package dk.elaas.ocr;

/**
 * One recognised word with its box in the coordinates of the image given to OCR.
 *
 * @param confidence Tesseract's word confidence, 0-100
 * @param line       index of the text line the word belongs to (reading order)
 * @param block      index of the text block
 */
public record OcrWord(String text, int x, int y, int width, int height, float confidence, int line, int block) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }
}
