package dk.elaas.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a page of a stored PDF to an image for display (the consent register's detail pane). */
public final class PdfPageRenderer {

    /** Page {@code index} (0-based) at {@code dpi}; throws UncheckedIOException for a damaged file. */
    public BufferedImage render(byte[] pdf, int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (index < 0 || index >= doc.getNumberOfPages()) {
                throw new IllegalArgumentException("The PDF has " + doc.getNumberOfPages() + " page(s), not " + (index + 1));
            }
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The stored PDF cannot be read: " + e.getMessage(), e);
        }
    }

    public int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The stored PDF cannot be read: " + e.getMessage(), e);
        }
    }
}
