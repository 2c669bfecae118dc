package dk.elaas.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The engine with the bundled handwriting model, on real Tesseract. */
class HandwritingModelTest {

    @Test
    void theBundledModelIsThereToReadWithAndReadsAPrintedLineToo() throws Exception {
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            assertThat(ocr.hasHandwritingModel().await()).isTrue();
            OcrResult r = ocr.recognize(line("CPR-nr. 140387-2291"), 300, PageLayout.LINE, null, OcrModel.HANDWRITING,
                    OcrProgress.NONE).await();
            assertThat(r.text()).contains("140387-2291");
        }
    }

    @Test
    void canBeSwitchedOffAndThenEverythingIsReadWithTheMachinesModel() throws Exception {
        String before = System.getProperty(BundledModel.DISABLE_PROPERTY);
        System.setProperty(BundledModel.DISABLE_PROPERTY, "false");
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            assertThat(ocr.hasHandwritingModel().await()).isFalse();
            OcrResult r = ocr.recognize(line("CPR-nr. 140387-2291"), 300, PageLayout.LINE, null, OcrModel.HANDWRITING,
                    OcrProgress.NONE).await();
            assertThat(r.text()).contains("140387-2291");
        } finally {
            if (before == null) {
                System.clearProperty(BundledModel.DISABLE_PROPERTY);
            } else {
                System.setProperty(BundledModel.DISABLE_PROPERTY, before);
            }
        }
    }

    private static BufferedImage line(String text) {
        BufferedImage img = new BufferedImage(1400, 140, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 60));
        g.drawString(text, 40, 95);
        g.dispose();
        return img;
    }
}
