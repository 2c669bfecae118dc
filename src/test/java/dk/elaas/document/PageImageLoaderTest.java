package dk.elaas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input from issue 4 is refused with its own Danish message, before memory is spent. */
class PageImageLoaderTest {

    @TempDir
    Path dir;

    private final PageImageLoader loader = new PageImageLoader();

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        assertRefused(f, PageImageLoader.KEY_EMPTY);
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] jpeg = jpeg(page(800, 1100));
        Path f = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        assertRefused(f, PageImageLoader.KEY_TRUNCATED);
    }

    @Test
    void refusesATextFileNamedJpg() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.jpg"), "Husk at ringe til borgeren\n");
        assertRefused(f, PageImageLoader.KEY_UNKNOWN_FORMAT);
    }

    @Test
    void explainsHeicAndAsksForJpeg() throws IOException {
        byte[] heic = new byte[64];
        byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);
        Path f = Files.write(dir.resolve("IMG_0001.HEIC"), heic);
        assertRefused(f, PageImageLoader.KEY_HEIC);
    }

    @Test
    void refusesAHugePngFromItsHeaderWithoutDecodingIt() throws IOException {
        Path f = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(20_000, 20_000));
        long before = usedHeap();
        assertRefused(f, PageImageLoader.KEY_TOO_MANY_PIXELS);
        // 20000 x 20000 decoded would need at least 400 MB.
        assertThat(usedHeap() - before).isLessThan(100L * 1024 * 1024);
    }

    @Test
    void refusesAFileAboveTheByteLimit() throws IOException {
        Path f = Files.write(dir.resolve("big.png"), png(page(400, 400)));
        PageImageLoader small = new PageImageLoader(new LoadLimits(1000, 50_000_000, 16_000_000, 300));
        assertThatThrownBy(() -> small.load(f)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.messageKey()).isEqualTo(PageImageLoader.KEY_TOO_BIG));
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        assertRefused(f, PageImageLoader.KEY_PDF_ENCRYPTED);
    }

    @Test
    void readsOnlyPageOneOfALongPdfQuickly() throws Exception {
        Path f = dir.resolve("long.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 300; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(f.toFile());
        }
        long start = System.nanoTime();
        LoadedPage p = loader.load(f);
        assertThat(p.pageCount()).isEqualTo(300);
        assertThat(p.mediaType()).isEqualTo(MediaType.PDF);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
    }

    @Test
    void decodesACmykJpeg() throws IOException {
        BufferedImage rgb = page(300, 400);
        WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                300, 400, 4, null);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 300; x++) {
                int g = rgb.getRaster().getSample(x, y, 0);
                cmyk.setPixel(x, y, new int[] {0, 0, 0, 255 - g});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        Path f = Files.write(dir.resolve("cmyk.jpg"), out.toByteArray());
        try {
            LoadedPage p = loader.load(f);
            assertThat(p.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(p.image().getWidth()).isEqualTo(300);
        } catch (DocumentReadException e) {
            // Acceptable alternative: a clear refusal, never a crash or a black page.
            assertThat(e.messageKey()).isIn(PageImageLoader.KEY_CORRUPT, PageImageLoader.KEY_UNKNOWN_FORMAT);
        }
    }

    @Test
    void readsA16BitGreyPngWithoutWashingItOut() throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                img.getRaster().setSample(x, y, 0, x < 100 ? 0 : 0xFFFF);
            }
        }
        Path f = Files.write(dir.resolve("deep.png"), png(img));
        LoadedPage p = loader.load(f);
        assertThat(p.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(p.image().getRaster().getSample(10, 10, 0)).isZero();
        assertThat(p.image().getRaster().getSample(150, 10, 0)).isEqualTo(255);
    }

    @Test
    void judgesTheTypeByContentNotByName() throws Exception {
        Path f = Files.write(dir.resolve("scan.pdf"), png(page(300, 400)));
        LoadedPage p = loader.load(f);
        assertThat(p.mediaType()).isEqualTo(MediaType.PNG);
        assertThat(p.sha256()).hasSize(64);
    }

    @Test
    void subsamplesAVeryLargePhotoInsteadOfRefusingIt() throws Exception {
        PageImageLoader small = new PageImageLoader(new LoadLimits(10_000_000, 50_000_000, 100_000, 300));
        Path f = Files.write(dir.resolve("big.jpg"), jpeg(page(1000, 800)));
        LoadedPage p = small.load(f);
        assertThat(p.subsampling()).isGreaterThan(1);
        assertThat((long) p.image().getWidth() * p.image().getHeight()).isLessThanOrEqualTo(100_000);
    }

    @Test
    void refusesAOnePixelImageInDanishInsteadOfAnImageLibrarysError() throws IOException {
        Path f = Files.write(dir.resolve("pixel.png"), png(page(1, 1)));
        assertThatThrownBy(() -> loader.load(f)).isInstanceOfSatisfying(DocumentReadException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(PageImageLoader.KEY_TOO_SMALL);
            assertThat(dk.elaas.common.i18n.I18n.of(dk.elaas.common.i18n.I18n.DANISH).get(e.messageKey(), e.messageArgs()))
                    .contains("pixel.png").contains("for lille").contains("1 × 1");
        });
    }

    @Test
    void refusesAPdfWhosePageHoldsAHugeImageFromItsDictionaryWithoutDecodingIt() throws IOException {
        Path f = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            // An image that says it is 40,000 × 40,000 pixels, with hardly any data behind it.
            org.apache.pdfbox.cos.COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.XOBJECT);
            stream.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.IMAGE);
            stream.setInt(org.apache.pdfbox.cos.COSName.WIDTH, 40_000);
            stream.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 40_000);
            stream.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICEGRAY);
            try (java.io.OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                out.write(new byte[1024]);
            }
            var image = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
                    new org.apache.pdfbox.pdmodel.common.PDStream(stream), null);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, 612, 792);
            }
            doc.save(f.toFile());
        }
        long before = usedHeap();
        assertRefused(f, PageImageLoader.KEY_PDF_IMAGE_TOO_LARGE);
        assertThat(usedHeap() - before).isLessThan(200L * 1024 * 1024);
    }

    private void assertRefused(Path f, String key) {
        assertThatThrownBy(() -> loader.load(f)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static BufferedImage page(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        for (int y = 20; y < h; y += 20) {
            g.drawString("Samtykkeerklæring " + y, 10, y);
        }
        g.dispose();
        return img;
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A PNG signature and a valid IHDR chunk declaring the size, and nothing else. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        c.writeInt(width);
        c.writeInt(height);
        c.write(new byte[] {8, 0, 0, 0, 0});
        byte[] body = chunk.toByteArray();
        d.writeInt(13);
        d.write(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        d.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
