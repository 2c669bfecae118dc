package dk.elaas.intake.bench;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Development aid: makes synthetic <em>handwritten</em> consent forms (page 1) that look like the
 * shared samples ({@code ../shared/samples/consents}), each with ground truth in the samples' JSON
 * schema, so that OCR changes can be measured on more handwritten forms than the four real ones.
 *
 * <pre>
 * SyntheticForms OUT_DIR [COUNT=24] [SEED=1]
 * </pre>
 *
 * writes {@code consent_sNNN.pdf} (flatbed scan) or {@code consent_sNNN.jpg} (phone photo) and
 * {@code consent_sNNN.json} into OUT_DIR. The output depends only on COUNT's prefix and SEED: form
 * NNN is the same whatever COUNT is. Score the result with
 * {@code IntakeProbe -Dsamples=OUT_DIR}.
 *
 * <p>Layouts alternate (grid, municipal); within a layout, scans and photos alternate; photos cycle
 * through upright, landscape and sideways-with-EXIF-orientation captures. The print is drawn with
 * the sample's fonts (DejaVu Sans for the grid layout, Carlito or Liberation Sans for the municipal
 * one), the values with handwriting fonts from Debian packages (see {@link #HAND_FONTS}), glyph by
 * glyph with jitter. All people, addresses, companies and numbers are invented.
 *
 * <p>Fonts come from Debian packages: {@code fonts-dejavu-core fonts-crosextra-carlito fonts-liberation}
 * for the print and {@code fonts-sjfonts fonts-kaushanscript fonts-klee fonts-comic-neue
 * fonts-dkg-handwriting fonts-dancingscript} for the handwriting (missing ones are skipped; a
 * missing print font falls back to DejaVu Sans).
 *
 * <p>{@code -Dsynth.clean=true} also writes the clean page as {@code consent_sNNN.page.png}.
 */
public final class SyntheticForms {

    /** A4 at 300 dpi. */
    static final int W = 2480;
    static final int H = 3508;

    static final Color PRINT = new Color(30, 30, 30);
    static final Color RULE = new Color(45, 45, 45);

    /**
     * Handwriting fonts: file name, name in the JSON, extra stroke width (pen weight) and whether the
     * glyphs join (script fonts get less rotation jitter). None of them is a font of the four real
     * handwritten samples (dkg, dkgIt, DancingScript-Regular, Delphine), so the set adds variety.
     * Left out: Breip (its 0 reads as U, 2 as Z), and fonts without Æ/Ø/Å (Rufscript, Humor Sans) or
     * drawn in outline (femkeklaver).
     */
    static final List<HandFont> HAND_FONTS = List.of(
            new HandFont("SteveHand.ttf", "SteveHand", 0.6, false),
            new HandFont("KaushanScript-Regular.otf", "KaushanScript-Regular", 0.0, true),
            new HandFont("KleeOne-Regular.ttf", "KleeOne-Regular", 1.6, false),
            new HandFont("KleeOne-SemiBold.ttf", "KleeOne-SemiBold", 0.8, false),
            new HandFont("ComicNeue-Regular.otf", "ComicNeue-Regular", 0.6, false),
            new HandFont("dkgBd.ttf", "dkgBd", 0.0, false),
            new HandFont("DancingScript-Bold.otf", "DancingScript-Bold", 0.0, true));

    record HandFont(String file, String name, double weight, boolean joined) {
    }

    private SyntheticForms() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SyntheticForms OUT_DIR [COUNT=24] [SEED=1]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean clean = Boolean.getBoolean("synth.clean");
        Files.createDirectories(out);
        nu.pattern.OpenCV.loadLocally();

        // Fonts: the usable ones in an order that depends on the seed only.
        List<HandFont> fonts = new ArrayList<>();
        for (HandFont f : HAND_FONTS) {
            if (Fonts.find(f.file()) != null) {
                fonts.add(f);
            } else {
                System.err.println("handwriting font not installed, skipped: " + f.file());
            }
        }
        if (fonts.isEmpty()) {
            throw new IllegalStateException("No handwriting font installed (apt-get install fonts-sjfonts "
                    + "fonts-kaushanscript fonts-klee fonts-comic-neue fonts-dkg-handwriting fonts-dancingscript)");
        }
        Collections.shuffle(fonts, new Random(seed));

        String[] photoVariants = {"upright", "exif6", "landscape", "exif8", "upright", "landscape"};
        for (int i = 0; i < count; i++) {
            Random r = new Random(seed * 1_000_003L + i * 7919L);
            String layout = i % 2 == 0 ? "grid" : "municipal";
            int k = i / 2; // index within the layout
            boolean scan = k % 2 == 0;
            String variant = scan ? "pdf" : photoVariants[(k / 2 + (layout.equals("grid") ? 0 : 3)) % 6];
            // every font in both layouts and both captures: the layouts start half-way round the list,
            // and each round is shifted by one so fonts do not stick to scans or photos
            int n = fonts.size();
            HandFont hf = fonts.get((k + k / n + (layout.equals("grid") ? 0 : n / 2)) % n);
            String base = String.format("consent_s%03d", i + 1);

            Values v = Values.invent(r);
            Hand hand = new Hand(hf, r);
            BufferedImage page = layout.equals("grid") ? Forms.grid(v, hand, r) : Forms.municipal(v, hand, r);
            if (clean) {
                ImageIO.write(page, "png", out.resolve(base + ".page.png").toFile());
            }
            Map<String, Object> captureParams = new LinkedHashMap<>();
            String file;
            if (scan) {
                file = base + ".pdf";
                Files.write(out.resolve(file), Capture.scan(page, r, captureParams));
            } else {
                file = base + ".jpg";
                Files.write(out.resolve(file), Capture.photo(page, variant, v.signedDate(), r, captureParams));
            }
            Map<String, Object> fill = new LinkedHashMap<>();
            fill.put("fill_font", hf.name());
            fill.put("ink", hand.inkName);
            fill.put("block_capitals", hand.caps);
            fill.put("print_font", Forms.lastPrintFont);
            fill.put("tick", hand.cross ? "cross" : "check");
            Map<String, Object> truth = v.truth(layout, scan ? "scan" : "photo", variant, file);
            truth.put("capture_params", captureParams);
            truth.put("fill_params", fill);
            truth.put("source", "SyntheticForms seed " + seed + " #" + (i + 1));
            Files.writeString(out.resolve(base + ".json"), Json.write(truth) + "\n");
            System.out.printf("%s %-9s %-9s %-22s %-5s %s%n", file, layout, variant, hf.name(), hand.inkName,
                    hand.caps ? "CAPS" : "");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Values
    // ------------------------------------------------------------------------------------------

    /** One invented consent: the truth and how each value is written on the form. */
    record Values(String citizenName, String cpr, String address, String postalCode, String city, String phone,
            String phoneWritten, String supplierName, String cvr, String cvrWritten, List<String> services,
            LocalDate validFrom, LocalDate validUntil, String untilWritten, String signerRole,
            String representativeName, LocalDate signedDate, String signedWritten, String collectorName,
            String collectorOrg) {

        static final String[] FEMALE = {"Gudrun", "Inger", "Karen", "Grethe", "Jytte", "Hanne", "Aase", "Gerda",
            "Ingrid", "Dagmar", "Lis", "Vibeke", "Annelise", "Henny", "Lilly", "Agnete", "Solveig", "Marianne",
            "Edith", "Ketty", "Margit", "Inge", "Åse", "Kamma", "Signe"};
        static final String[] FEMALE_HYPHEN = {"Anne-Grethe", "Inge-Lise", "Karen-Margrethe", "Lise-Lotte",
            "Mette-Marie", "Bitten-Marie"};
        static final String[] MALE = {"Svend", "Erik", "Knud", "Preben", "Arne", "Henning", "Bent", "Leif", "Vagn",
            "Finn", "Ove", "Aage", "Ib", "Palle", "Poul", "Verner", "Kaj", "Holger", "Frede", "Egon", "Gunnar",
            "Viggo", "Børge", "Søren", "Åge"};
        static final String[] MALE_HYPHEN = {"Karl-Erik", "Poul-Erik", "Jens-Ole", "Hans-Henrik", "Per-Åge"};
        static final String[] SURNAMES = {"Mikkelsen", "Frederiksen", "Kristiansen", "Rasmussen", "Christensen",
            "Nielsen", "Madsen", "Jakobsen", "Olsen", "Hansen", "Schmidt", "Henriksen", "Mortensen", "Eriksen",
            "Dahl", "Svendsen", "Vestergaard", "Søgaard", "Krogh", "Bach", "Møller", "Skovgaard", "Lykke", "Hvid",
            "Bjerre", "Aagaard", "Fogh", "Kjær", "Thomsen", "Munk", "Winther", "Friis", "Damgaard", "Overgaard",
            "Nygaard", "Iversen", "Clausen", "Toft", "Bundgaard", "Hjorth", "Mølgaard", "Ravn", "Skjødt",
            "Bærentsen", "Præstegaard", "Sønderby", "Kjærulff", "Lindberg"};
        static final String[] MIDDLE = {"Bach", "Krogh", "Vinther", "Kjær", "Munk", "Riis", "Dam", "Skov", "Hvid",
            "Fogh", "Bundgaard", "Toft", "Ravn", "Juul", "Brink", "Lykke"};
        static final String[] STAFF = {"Mette", "Camilla", "Signe", "Julie", "Sofie", "Jonas", "Rasmus", "Frederik",
            "Mikkel", "Nanna", "Katrine", "Stine", "Morten", "Henrik", "Thomas", "Mathilde", "Ida", "Christian",
            "Simon", "Helle", "Pernille", "Jesper", "Malene", "Anne-Sofie", "Søs", "Jannie", "Bo", "Tobias"};
        static final String[] STREETS = {"Skovvej", "Søndergade", "Vestergade", "Silkeborgvej", "Viborgvej",
            "Grenåvej", "Tranbjergvej", "Frederiks Allé", "Kongsvang Allé", "Ryhavevej", "Lyseng Allé", "Holmevej",
            "Egevej", "Lindevej", "Kastanievej", "Rosenvænget", "Engdalsvej", "Birkevej", "Hasselvej", "Kirkevej",
            "Tjørnevej", "Æblehaven", "Åstrupvej", "Grøndalsvej", "Fenrisvej", "Hjortøvej", "Havkærvej",
            "Tousvej", "Gl. Kirkevej", "Sølystgade", "Trøjborgvej", "Langelandsgade", "Lokesvej", "Rømersvej",
            "Kløvervænget", "Præstevangen", "Fuglebakken", "Sletvej", "Vejlby Centervej", "Ølstedvej"};
        static final String[][] POSTCODES = {{"8000", "Aarhus C"}, {"8200", "Aarhus N"}, {"8210", "Aarhus V"},
            {"8220", "Brabrand"}, {"8230", "Åbyhøj"}, {"8240", "Risskov"}, {"8250", "Egå"}, {"8260", "Viby J"},
            {"8270", "Højbjerg"}, {"8310", "Tranbjerg J"}, {"8320", "Mårslet"}, {"8330", "Beder"},
            {"8340", "Malling"}, {"8355", "Solbjerg"}, {"8361", "Hasselager"}, {"8380", "Trige"},
            {"8381", "Tilst"}, {"8462", "Harlev J"}, {"8471", "Sabro"}};
        static final String[] TOWNS = {"Viby", "Tilst", "Brabrand", "Hasselager", "Harlev", "Sabro", "Tranbjerg",
            "Mårslet", "Beder", "Egå", "Højbjerg", "Trige", "Malling", "Solbjerg", "Lystrup", "Gellerup"};
        static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"};
        static final List<String> SERVICES = List.of("Dagligvarer", "Madservice", "Medicin", "Tøjvask");
        static final String[] ORGS = {"Ekstern leverandør", "Sundhed & Forebyggelse", "Pleje og Rehabilitering"};

        static Values invent(Random r) {
            // Citizen
            boolean female = r.nextDouble() < 0.6;
            String first = female
                    ? (r.nextDouble() < 0.2 ? pick(r, FEMALE_HYPHEN) : pick(r, FEMALE))
                    : (r.nextDouble() < 0.2 ? pick(r, MALE_HYPHEN) : pick(r, MALE));
            String last = pick(r, SURNAMES);
            String name = first + (r.nextDouble() < 0.3 ? " " + pick(r, MIDDLE) : "") + " " + last;
            LocalDate born = LocalDate.of(1926, 1, 1).plusDays(r.nextInt(33 * 365));
            String cpr = String.format("%02d%02d%02d-%04d", born.getDayOfMonth(), born.getMonthValue(),
                    born.getYear() % 100, r.nextInt(4000));
            String address = pick(r, STREETS) + " " + (1 + r.nextInt(160))
                    + (r.nextDouble() < 0.1 ? String.valueOf((char) ('A' + r.nextInt(4))) : "");
            if (r.nextDouble() < 0.45) {
                String floor = r.nextDouble() < 0.25 ? "st." : (1 + r.nextInt(4)) + ".";
                String side = pick(r, new String[] {" tv.", " th.", " mf.", "", " th.", " tv."});
                address += ", " + floor + side;
            }
            String[] pc = POSTCODES[r.nextInt(POSTCODES.length)];
            String phone = (2 + r.nextInt(8)) + String.format("%07d", r.nextInt(10_000_000));
            String phoneWritten = switch (r.nextInt(7)) {
                case 0, 1, 2 -> pairs(phone);
                case 3, 4 -> phone.substring(0, 4) + " " + phone.substring(4);
                case 5 -> "+45 " + pairs(phone);
                default -> phone;
            };

            // Supplier: the name suggests the main service
            String surname = pick(r, SURNAMES);
            String town = pick(r, TOWNS);
            String supplier;
            String main;
            switch (r.nextInt(8)) {
                case 0 -> { supplier = surname + "s Dagligvarer ApS"; main = "Dagligvarer"; }
                case 1 -> { supplier = town + " Apotek & Bud ApS"; main = "Medicin"; }
                case 2 -> { supplier = "Madhuset " + pick(r, new String[] {"Østjylland", "Aros", "Marselis", town})
                        + " A/S"; main = "Madservice"; }
                case 3 -> { supplier = town + " Vaskeri ApS"; main = "Tøjvask"; }
                case 4 -> { supplier = surname + " Madservice ApS"; main = "Madservice"; }
                case 5 -> {
                    supplier = "Hjemmelevering " + town + " I/S";
                    main = r.nextBoolean() ? "Dagligvarer" : "Medicin";
                }
                case 6 -> { supplier = "Købmand " + surname; main = "Dagligvarer"; }
                default -> { supplier = surname + " & Søn Vask ApS"; main = "Tøjvask"; }
            }
            String cvr = cvr(r);
            String cvrWritten = r.nextDouble() < 0.25 ? pairs(cvr) : cvr;
            List<String> services = new ArrayList<>(List.of(main));
            int extra = r.nextDouble() < 0.55 ? 0 : (r.nextDouble() < 0.7 ? 1 : 2);
            List<String> others = new ArrayList<>(SERVICES);
            others.remove(main);
            Collections.shuffle(others, r);
            services.addAll(others.subList(0, extra));
            Collections.sort(services);

            // Dates
            LocalDate from = LocalDate.of(2024, 5, 1).plusDays(r.nextInt(730));
            LocalDate signed = from.minusDays(r.nextDouble() < 0.35 ? 0 : r.nextInt(8));
            LocalDate until = null;
            String untilWritten = null;
            if (r.nextDouble() < 0.7) {
                until = from.plusYears(1 + r.nextInt(3)).minusDays(r.nextDouble() < 0.3 ? 1 : 0);
                untilWritten = dmy(until);
            } else if (r.nextDouble() < 0.45) {
                untilWritten = "indtil tilbagekaldelse";
            }
            String signedWritten = switch (r.nextInt(10)) {
                case 0, 1, 2, 3 -> dmy(signed);
                case 4, 5 -> signed.getDayOfMonth() + "/" + signed.getMonthValue() + "-" + signed.getYear();
                case 6, 7 -> signed.getDayOfMonth() + "." + signed.getMonthValue() + "." + signed.getYear();
                default -> signed.getDayOfMonth() + ". " + MONTHS[signed.getMonthValue() - 1] + " " + signed.getYear();
            };

            // Signer and collector
            boolean rep = r.nextDouble() < 0.3;
            String repName = null;
            if (rep) {
                repName = pick(r, STAFF) + " " + (r.nextDouble() < 0.6 ? last : pick(r, SURNAMES));
            }
            String collector = pick(r, STAFF) + (r.nextDouble() < 0.2 ? " " + pick(r, MIDDLE) : "") + " "
                    + pick(r, SURNAMES);
            String org = ORGS[r.nextInt(ORGS.length)];
            return new Values(name, cpr, address, pc[0], pc[1], phone, phoneWritten, supplier, cvr, cvrWritten,
                    services, from, until, untilWritten, rep ? "representative" : "citizen", repName, signed,
                    signedWritten, collector, org);
        }

        /** The ground truth in the samples' schema (README of the shared samples). */
        Map<String, Object> truth(String layout, String capture, String variant, String file) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("citizen_name", citizenName);
            m.put("cpr", cpr);
            m.put("address", address);
            m.put("postal_code", postalCode);
            m.put("city", city);
            m.put("phone", phone);
            m.put("supplier_name", supplierName);
            m.put("supplier_cvr", cvr);
            m.put("services", services);
            m.put("valid_from", validFrom.toString());
            m.put("valid_until", validUntil == null ? null : validUntil.toString());
            m.put("signer_role", signerRole);
            m.put("representative_name", representativeName);
            m.put("signed_date", signedDate.toString());
            m.put("collected_by_name", collectorName);
            m.put("collected_by_org", collectorOrg);
            m.put("layout", layout);
            m.put("fill_style", "handwritten");
            m.put("capture", capture);
            m.put("capture_variant", variant);
            m.put("file", file);
            return m;
        }

        static String pick(Random r, String[] a) {
            return a[r.nextInt(a.length)];
        }

        static String pairs(String digits) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < digits.length(); i += 2) {
                b.append(i > 0 ? " " : "").append(digits, i, Math.min(digits.length(), i + 2));
            }
            return b.toString();
        }

        static String dmy(LocalDate d) {
            return String.format("%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }

        /** A CVR number that passes modulus 11 with weights 2,7,6,5,4,3,2,1. */
        static String cvr(Random r) {
            int[] w = {2, 7, 6, 5, 4, 3, 2};
            while (true) {
                int[] d = new int[7];
                int sum = 0;
                d[0] = 1 + r.nextInt(9);
                for (int i = 0; i < 7; i++) {
                    if (i > 0) {
                        d[i] = r.nextInt(10);
                    }
                    sum += d[i] * w[i];
                }
                int check = (11 - sum % 11) % 11;
                if (check < 10) {
                    StringBuilder b = new StringBuilder();
                    for (int x : d) {
                        b.append(x);
                    }
                    return b.append(check).toString();
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Fonts
    // ------------------------------------------------------------------------------------------

    /** Finds installed font files by file name under the system font folders. */
    static final class Fonts {
        private static Map<String, Path> files;
        private static final Map<String, Font> CACHE = new HashMap<>();

        static synchronized Path find(String fileName) {
            if (files == null) {
                files = new HashMap<>();
                for (String root : List.of("/usr/share/fonts", "/usr/local/share/fonts",
                        System.getProperty("user.home") + "/.fonts", System.getProperty("user.home")
                                + "/.local/share/fonts")) {
                    Path p = Path.of(root);
                    if (!Files.isDirectory(p)) {
                        continue;
                    }
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).forEach(f -> files.putIfAbsent(f.getFileName().toString(), f));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return files.get(fileName);
        }

        /** The first of the files that is installed, else a logical font. */
        static synchronized Font load(String... fileNames) {
            for (String n : fileNames) {
                Path p = find(n);
                if (p != null) {
                    return CACHE.computeIfAbsent(n, k -> {
                        try {
                            return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                        } catch (Exception e) {
                            throw new IllegalStateException("Cannot load font " + p, e);
                        }
                    });
                }
            }
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    /** The print fonts of one form (a layout's family in regular, bold and italic). */
    record Print(String name, Font regular, Font bold, Font italic, Font box) {

        static Print of(String name, String regular, String bold, String italic) {
            Font reg = Fonts.load(regular, "DejaVuSans.ttf");
            // the checkbox glyph U+2610 comes from the print font if it has one, else from DejaVu Sans
            Font box = reg.canDisplay('\u2610') ? reg : Fonts.load("DejaVuSans.ttf");
            return new Print(name, lig(reg), lig(Fonts.load(bold, "DejaVuSans-Bold.ttf")),
                    lig(Fonts.load(italic, "DejaVuSans-Oblique.ttf")), box);
        }

        private static Font lig(Font f) {
            Map<TextAttribute, Object> a = new HashMap<>();
            a.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
            a.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
            return f.deriveFont(a);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Handwriting
    // ------------------------------------------------------------------------------------------

    /** One writer: a font, an ink, capitals or not, a slant and how unsteady the hand is. */
    static final class Hand {
        final HandFont hf;
        final Font font;
        final Random r;
        final Color ink;
        final String inkName;
        final boolean caps;
        final boolean cross;
        final double slant;
        final double capRatio;
        final double sizeJitter;
        final double rotJitter;
        final double baseJitter;
        final double scale;
        final float pen;
        static final FontRenderContext FRC = new FontRenderContext(null, true, true);

        Hand(HandFont hf, Random r) {
            this.hf = hf;
            this.r = r;
            this.font = Fonts.load(hf.file());
            boolean blue = r.nextDouble() < 0.6;
            this.inkName = blue ? "blue" : "black";
            this.ink = blue ? new Color(15 + r.nextInt(15), 30 + r.nextInt(25), 120 + r.nextInt(40))
                    : new Color(22 + r.nextInt(12), 22 + r.nextInt(12), 28 + r.nextInt(12));
            this.caps = r.nextDouble() < 0.3;
            this.cross = r.nextDouble() < 0.5;
            this.slant = (r.nextDouble() - 0.35) * 0.22; // mostly to the right
            GlyphVector gv = font.deriveFont(100f).createGlyphVector(FRC, "H");
            this.capRatio = gv.getVisualBounds().getHeight() / 100.0;
            this.sizeJitter = 0.04 + r.nextDouble() * 0.05;
            this.rotJitter = Math.toRadians(hf.joined() ? 1.5 : 2.5 + r.nextDouble() * 3);
            this.baseJitter = 0.02 + r.nextDouble() * 0.03;
            this.scale = 0.9 + r.nextDouble() * 0.25; // some write bigger than others
            this.pen = (float) (hf.weight() + r.nextDouble() * 0.8);
        }

        double u(double a, double b) {
            return a + r.nextDouble() * (b - a);
        }

        /**
         * Writes {@code text} starting at x on the baseline, capitals {@code cap} px high (before the
         * writer's own scale), squeezed to {@code maxW} if needed.
         */
        void text(Graphics2D g, String text, double x, double baseline, double cap, double maxW) {
            if (text == null || text.isEmpty()) {
                return;
            }
            String s = caps ? text.toUpperCase(Locale.ROOT) : text;
            double size = cap * scale / capRatio;
            Font f0 = font.deriveFont((float) size);
            double natural = 0;
            for (int i = 0; i < s.length(); i++) {
                natural += advance(f0, s.charAt(i)) * (s.charAt(i) == ' ' ? 1.25 : 1.0);
            }
            double squeeze = natural > maxW ? maxW / natural : 1.0;
            if (squeeze < 0.8) { // write smaller rather than squashing the letters
                size *= squeeze / 0.8;
                squeeze = 0.8;
            }
            double tilt = Math.toRadians(r.nextGaussian() * 0.8);
            double drift = 0;
            double px = x;
            g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                double cs = size * (1 + r.nextGaussian() * sizeJitter);
                Font f = font.canDisplay(c) ? font.deriveFont((float) cs)
                        : Fonts.load("DejaVuSans.ttf").deriveFont((float) (cs * 0.9));
                double adv = advance(f, c);
                if (c == ' ') {
                    px += adv * u(1.0, 1.6) * squeeze;
                    continue;
                }
                drift += r.nextGaussian() * size * 0.008;
                GlyphVector gv = f.createGlyphVector(FRC, String.valueOf(c));
                AffineTransform t = new AffineTransform();
                t.translate(px, baseline + (px - x) * Math.tan(tilt) + drift + r.nextGaussian() * baseJitter * size);
                t.rotate(tilt + r.nextGaussian() * rotJitter);
                t.shear(-slant, 0);
                t.scale(squeeze, 1);
                Shape glyph = t.createTransformedShape(gv.getOutline());
                g.setColor(alpha(ink, u(0.82, 1.0)));
                g.fill(glyph);
                if (pen > 0.2) {
                    g.draw(glyph);
                }
                px += adv * squeeze * (hf.joined() ? u(0.97, 1.02) : u(0.98, 1.12));
            }
        }

        private static double advance(Font f, char c) {
            return f.createGlyphVector(FRC, String.valueOf(c)).getGlyphMetrics(0).getAdvanceX();
        }

        /** A hand-drawn check mark or cross over a printed box. */
        void tick(Graphics2D g, Rectangle2D b) {
            double w = b.getWidth();
            double h = b.getHeight();
            g.setColor(alpha(ink, 0.95));
            g.setStroke(new BasicStroke((float) Math.max(4.5, w * u(0.11, 0.16)), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            double x = b.getX() + r.nextGaussian() * w * 0.05;
            double y = b.getY() + r.nextGaussian() * h * 0.05;
            Path2D p = new Path2D.Double();
            if (cross) {
                double o = u(0.0, 0.18);
                p.moveTo(x - o * w, y - o * h);
                p.quadTo(x + w * u(0.4, 0.6), y + h * u(0.4, 0.6), x + w * (1 + u(0, 0.2)), y + h * (1 + u(0, 0.15)));
                p.moveTo(x + w * (1 + u(0, 0.15)), y - h * u(0, 0.2));
                p.quadTo(x + w * u(0.4, 0.6), y + h * u(0.4, 0.6), x - w * u(0, 0.15), y + h * (1 + u(0, 0.15)));
            } else {
                // a check whose long stroke ends well above the box, as people draw it
                p.moveTo(x + w * u(0.0, 0.2), y + h * u(0.35, 0.6));
                p.quadTo(x + w * 0.3, y + h * 0.8, x + w * u(0.3, 0.5), y + h * u(0.9, 1.05));
                p.quadTo(x + w * 0.7, y + h * 0.3, x + w * u(0.95, 1.25), y - h * u(0.15, 0.55));
            }
            g.draw(p);
        }

        /**
         * A scribbled signature with its baseline at {@code baseline}, about {@code w} wide and
         * {@code h} high: one or two cursive "words", each a smooth curve through letter-like key points
         * (arches, ascender and descender loops, small loops) after a large capital.
         */
        void signature(Graphics2D g, double x, double baseline, double w, double h) {
            g.setColor(alpha(ink, 0.95));
            g.setStroke(new BasicStroke((float) u(3.0, 4.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            AffineTransform keep = g.getTransform();
            g.translate(x, baseline);
            g.rotate(Math.toRadians(u(-7, 2)));
            g.shear(-u(0.1, 0.45), 0); // slanted to the right
            g.translate(-x, -baseline);
            int words = r.nextDouble() < 0.75 ? 2 : 1;
            double xh = h * u(0.28, 0.38); // x-height
            double lw = xh * u(0.55, 0.9); // letter width
            double cx = x;
            for (int wd = 0; wd < words; wd++) {
                double ww = w * (words == 1 ? u(0.6, 0.9) : wd == 0 ? u(0.2, 0.35) : u(0.45, 0.6));
                List<double[]> pts = new ArrayList<>();
                // capital: a tall loop
                double[][] cap = {{0, 0}, {0.3, -2.6}, {0.9, -3.0}, {0.8, -1.6}, {0.1, -1.2}, {1.2, -0.9}, {1.4, 0}};
                for (double[] c : cap) {
                    pts.add(new double[] {cx + c[0] * lw * 1.4 + r.nextGaussian() * lw * 0.1,
                            baseline + c[1] * xh + r.nextGaussian() * xh * 0.1});
                }
                double px = cx + 1.4 * lw * 1.4;
                double end = cx + ww;
                while (px < end) {
                    double kind = r.nextDouble();
                    double[][] letter;
                    if (kind < 0.4) { // arch (n, m, r)
                        letter = new double[][] {{0.25, -1.0}, {0.65, -0.9}, {0.9, 0}};
                    } else if (kind < 0.55) { // cup (u, w)
                        letter = new double[][] {{0.1, -0.9}, {0.4, 0.05}, {0.8, -0.9}, {0.95, 0}};
                    } else if (kind < 0.7) { // small loop (e, o, a)
                        letter = new double[][] {{0.6, -0.7}, {0.45, -1.0}, {0.15, -0.5}, {0.6, 0}};
                    } else if (kind < 0.85) { // ascender loop (l, h, k, d)
                        letter = new double[][] {{0.5, -1.5}, {0.55, -2.6}, {0.3, -2.3}, {0.4, 0}, {0.8, -0.5}};
                    } else { // descender loop (g, j, p)
                        letter = new double[][] {{0.3, -0.9}, {0.6, -0.5}, {0.5, 1.4}, {0.2, 1.6}, {0.7, 0.1}};
                    }
                    for (double[] c : letter) {
                        pts.add(new double[] {px + c[0] * lw + r.nextGaussian() * lw * 0.08,
                                baseline + c[1] * xh * u(0.85, 1.15) + r.nextGaussian() * xh * 0.08});
                    }
                    px += lw * u(0.8, 1.1);
                }
                if (wd == words - 1 && r.nextDouble() < 0.5) { // trailing flourish
                    pts.add(new double[] {px + lw * 1.5, baseline + xh * 0.4});
                    pts.add(new double[] {px + lw * 4, baseline - xh * u(0.2, 1.0)});
                }
                g.draw(smoothCurve(pts));
                cx = end + lw * u(0.8, 1.6);
            }
            g.setTransform(keep);
        }

        /** A Catmull-Rom spline through the points, as cubic Bezier segments. */
        static Path2D smoothCurve(List<double[]> p) {
            Path2D path = new Path2D.Double();
            path.moveTo(p.get(0)[0], p.get(0)[1]);
            for (int i = 0; i < p.size() - 1; i++) {
                double[] p0 = p.get(Math.max(0, i - 1));
                double[] p1 = p.get(i);
                double[] p2 = p.get(i + 1);
                double[] p3 = p.get(Math.min(p.size() - 1, i + 2));
                path.curveTo(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6,
                        p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6, p2[0], p2[1]);
            }
            return path;
        }

        static Color alpha(Color c, double a) {
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.min(1, a)));
        }
    }

    // ------------------------------------------------------------------------------------------
    // The two layouts
    // ------------------------------------------------------------------------------------------

    static final class Forms {
        /** The print font of the form drawn last (for the JSON). */
        static String lastPrintFont;

        static final String GRID_INTRO = "Borgeren giver samtykke til, at den eksterne leverandør må bruge det "
                + "elektroniske låsesystem (Phoniro) i borgerens hjem til levering af de ydelser, der er krydset af "
                + "nedenfor. Samtykket kan trækkes tilbage.";
        static final String MUNICIPAL_INTRO = "Jeg giver hermed samtykke til, at nedenstående eksterne leverandør "
                + "må benytte det elektroniske låsesystem (Phoniro), som Aarhus Kommune, Sundhed og Omsorg har "
                + "installeret i mit hjem, til at levere de aftalte varer og/eller ydelser i min bolig, også når jeg "
                + "ikke selv kan lukke op. Leverandøren får først adgang, når samtykket er modtaget af Østjyllands "
                + "Brandvæsen. Samtykket kan til enhver tid trækkes tilbage.";
        static final String TITLE = "Samtykkeerklæring – ekstern leverandørs brug af elektronisk låsesystem "
                + "(Phoniro) i borgerens eget hjem";
        static final String FOOTER_1 = "Side 1 underskrives af borgeren eller dennes stedfortræder og scannes eller "
                + "fotograferes. Den sendes som sikker mail til";
        static final String FOOTER_2 = "Systemejerskab-datasikkerhed@mso.aarhus.dk og Østjyllands Brandvæsen. "
                + "Side 2 beholdes af borgeren.";

        static BufferedImage blank() {
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.dispose();
            return img;
        }

        static Graphics2D graphics(BufferedImage img) {
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            return g;
        }

        static void text(Graphics2D g, Font f, double px, String s, double x, double baseline) {
            g.setFont(f.deriveFont((float) px));
            g.setColor(PRINT);
            g.drawString(s, (float) x, (float) baseline);
        }

        static double width(Font f, double px, String s) {
            return f.deriveFont((float) px).getStringBounds(s, Hand.FRC).getWidth();
        }

        static void right(Graphics2D g, Font f, double px, String s, double xRight, double baseline) {
            text(g, f, px, s, xRight - width(f, px, s), baseline);
        }

        static List<String> wrap(Font f, double px, String s, double maxW) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : s.split(" ")) {
                String t = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(f, px, t) > maxW) {
                    lines.add(line);
                    line = word;
                } else {
                    line = t;
                }
            }
            lines.add(line);
            return lines;
        }

        /** Draws an empty checkbox glyph (DejaVu's U+2610, as the samples do) and returns its square. */
        static Rectangle2D box(Graphics2D g, Print p, double px, double x, double baseline) {
            Font f = p.box().deriveFont((float) px);
            g.setFont(f);
            g.setColor(PRINT);
            g.drawString("\u2610", (float) x, (float) baseline);
            Rectangle2D b = f.createGlyphVector(Hand.FRC, "\u2610").getVisualBounds();
            return new Rectangle2D.Double(x + b.getX(), baseline + b.getY(), b.getWidth(), b.getHeight());
        }

        static void line(Graphics2D g, double x1, double y1, double x2, double y2, float w) {
            g.setColor(RULE);
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        static void rect(Graphics2D g, double x, double y, double w, double h, float lw) {
            g.setColor(RULE);
            g.setStroke(new BasicStroke(lw, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            g.draw(new Rectangle2D.Double(x, y, w, h));
        }

        // ---------------------------------------------------------------- grid

        /** The boxed layout: header table, gray section bands, cells with small corner labels. */
        static BufferedImage grid(Values v, Hand hand, Random r) {
            boolean condensed = r.nextDouble() < 0.3;
            Print p = condensed
                    ? Print.of("DejaVuSansCondensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                            "DejaVuSansCondensed-Oblique.ttf")
                    : Print.of("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf");
            lastPrintFont = p.name();
            BufferedImage img = blank();
            Graphics2D g = graphics(img);
            final double bw = 2080;
            double L = 206 + r.nextGaussian() * 10;
            double T = 204 + r.nextGaussian() * 10;
            Color band = new Color(205, 205, 205);
            float lw = 3f;

            // header
            rect(g, L, T, bw, 208, lw);
            line(g, L + 1362, T, L + 1362, T + 208, lw);
            text(g, p.bold(), 70, "AARHUS KOMMUNE", L + 30, T + 86);
            text(g, p.regular(), 42, "Sundhed og Omsorg · Hjælpemiddelcentret", L + 30, T + 153);
            text(g, p.bold(), 46, "Side 1 af 2", L + 1392, T + 72);
            text(g, p.regular(), 38, "Blanket MSO-ELÅS-01", L + 1392, T + 126);
            text(g, p.regular(), 38, "Rev. 04.2024", L + 1392, T + 177);
            g.setColor(band);
            g.fill(new Rectangle2D.Double(L, T + 208, bw, 190));
            rect(g, L, T + 208, bw, 190, lw);
            List<String> title = wrap(p.bold(), 56, TITLE, bw - 60);
            for (int i = 0; i < title.size(); i++) {
                text(g, p.bold(), 56, title.get(i), L + 30, T + 287 + i * 68);
            }
            double y = T + 398 + 70;
            List<String> intro = wrap(p.regular(), 40, GRID_INTRO, bw);
            for (String s : intro) {
                text(g, p.regular(), 40, s, L, y);
                y += 52;
            }
            y += 42 - 52;

            // 1. Borger
            y = band(g, p, band, L, y, bw, "1. Borger");
            double[] r1 = {0, 1330, bw};
            cells(g, p, L, y, 150, r1, "Navn", "CPR-nr.");
            value(g, hand, v.citizenName(), L, y, 150, r1, 0);
            value(g, hand, v.cpr(), L, y, 150, r1, 1);
            y += 150;
            double[] r2 = {0, 1039, 1392, bw};
            cells(g, p, L, y, 150, r2, "Adresse (vej, husnr., etage)", "Postnr.", "By");
            value(g, hand, v.address(), L, y, 150, r2, 0);
            value(g, hand, v.postalCode(), L, y, 150, r2, 1);
            value(g, hand, v.city(), L, y, 150, r2, 2);
            y += 150;
            double[] r3 = {0, 748, bw};
            cells(g, p, L, y, 150, r3, "Telefon", "E-mail (valgfrit)");
            value(g, hand, v.phoneWritten(), L, y, 150, r3, 0);
            y += 150 + 27;

            // 2. Ekstern leverandør
            y = band(g, p, band, L, y, bw, "2. Ekstern leverandør");
            cells(g, p, L, y, 150, r1, "Firmanavn", "CVR-nr.");
            value(g, hand, v.supplierName(), L, y, 150, r1, 0);
            value(g, hand, v.cvrWritten(), L, y, 150, r1, 1);
            y += 150;
            cells(g, p, L, y, 120, new double[] {0, bw}, "Ydelse(r) – sæt kryds");
            options(g, p, hand, L + 70, y + 98, 46, 110, List.of("Dagligvarer", "Medicin", "Tøjvask", "Madservice"),
                    v.services());
            y += 120 + 27;

            // 3. Gyldighed
            y = band(g, p, band, L, y, bw, "3. Gyldighed");
            double[] r5 = {0, 1039, bw};
            cells(g, p, L, y, 150, r5, "Gyldig fra (dd-mm-åååå)", "Gyldig til / udløbsdato (dd-mm-åååå)");
            value(g, hand, Values.dmy(v.validFrom()), L, y, 150, r5, 0);
            value(g, hand, v.untilWritten(), L, y, 150, r5, 1);
            y += 150;
            text(g, p.italic(), 35, "Er udløbsdato ikke udfyldt, gælder samtykket indtil tilbagekaldelse.", L + 8,
                    y + 48);
            y += 77;

            // 4. Underskrift
            y = band(g, p, band, L, y, bw, "4. Underskrift");
            double[] r6 = {0, 872, bw};
            cells(g, p, L, y, 150, r6, "Underskrevet af", "Stedfortræders navn (kun hvis stedfortræder underskriver)");
            options(g, p, hand, L + 55, y + 117, 46, 70, List.of("Borger", "Stedfortræder"),
                    List.of(v.signerRole().equals("citizen") ? "Borger" : "Stedfortræder"));
            value(g, hand, v.representativeName(), L, y, 150, r6, 1);
            y += 150;
            double[] r7 = {0, 623, bw};
            cells(g, p, L, y, 210, r7, "Dato", "Underskrift");
            hand.text(g, v.signedWritten(), L + hand.u(25, 70), y + hand.u(150, 185), hand.u(44, 56),
                    623 - 90);
            double sx = L + 623 + hand.u(100, 350);
            hand.signature(g, sx, y + hand.u(140, 175), Math.min(hand.u(800, 1100), L + bw - sx - 200),
                    hand.u(70, 110));
            y += 210 + 27;

            // 5. Indhentet af
            y = band(g, p, band, L, y, bw, "5. Indhentet af");
            cells(g, p, L, y, 240, r6, "Navn", "Organisation");
            hand.text(g, v.collectorName(), L + hand.u(20, 70), y + hand.u(100, 140), hand.u(44, 58), 872 - 90);
            List<String> orgs = List.of(Values.ORGS);
            for (int i = 0; i < orgs.size(); i++) {
                options(g, p, hand, L + 872 + 55, y + 97 + i * 61, 44, 0, List.of(orgs.get(i)),
                        List.of(v.collectorOrg()));
            }

            // footer
            text(g, p.regular(), 33, FOOTER_1, L, T + 3081);
            text(g, p.regular(), 33, FOOTER_2, L, T + 3127);
            g.dispose();
            return img;
        }

        static double band(Graphics2D g, Print p, Color band, double L, double y, double bw, String title) {
            g.setColor(band);
            g.fill(new Rectangle2D.Double(L, y, bw, 68));
            rect(g, L, y, bw, 68, 3f);
            text(g, p.bold(), 45, title, L + 27, y + 50);
            return y + 68;
        }

        /** A row of cells: dividers at the given x offsets (first 0, last the width), a label in each. */
        static void cells(Graphics2D g, Print p, double L, double y, double h, double[] xs, String... labels) {
            rect(g, L, y, xs[xs.length - 1], h, 3f);
            for (int i = 1; i < xs.length - 1; i++) {
                line(g, L + xs[i], y, L + xs[i], y + h, 3f);
            }
            for (int i = 0; i < labels.length; i++) {
                text(g, p.regular(), 34, labels[i], L + xs[i] + 10, y + 40);
            }
        }

        /** A handwritten value in cell i of a row: below the label, sometimes big enough to touch it. */
        static void value(Graphics2D g, Hand hand, String s, double L, double y, double h, double[] xs, int i) {
            if (s == null) {
                return;
            }
            double x = L + xs[i] + hand.u(25, 100);
            double maxW = L + xs[i + 1] - x - 20;
            hand.text(g, s, x, y + hand.u(h - 45, h - 18), hand.u(44, 60), maxW);
        }

        /** Checkbox options in a row; the chosen ones get a hand-drawn tick. */
        static void options(Graphics2D g, Print p, Hand hand, double x, double baseline, double px, double gap,
                List<String> labels, List<String> ticked) {
            double cx = x;
            for (String label : labels) {
                Rectangle2D b = box(g, p, px, cx, baseline);
                double tx = cx + width(p.box(), px, "\u2610") + px * 0.3;
                text(g, p.regular(), px, label, tx, baseline);
                if (ticked.contains(label)) {
                    hand.tick(g, b);
                }
                cx = tx + width(p.regular(), px, label) + gap;
            }
        }

        // ---------------------------------------------------------------- municipal

        /** The letter-like layout: headings, labels followed by underlines. */
        static BufferedImage municipal(Values v, Hand hand, Random r) {
            boolean liberation = r.nextDouble() < 0.3;
            Print p = liberation
                    ? Print.of("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                            "LiberationSans-Italic.ttf")
                    : Print.of("Carlito", "Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf");
            lastPrintFont = p.name();
            BufferedImage img = blank();
            Graphics2D g = graphics(img);
            final double bw = 2080;
            double L = 232 + r.nextGaussian() * 10;
            double dy = r.nextGaussian() * 10;
            double R = L + bw;
            double V = L + 441; // where the value lines start

            // sizes as measured on the samples; the Liberation Sans print uses the same sizes (and so runs wider)
            text(g, p.bold(), 83, "Aarhus Kommune", L, 266 + dy);
            text(g, p.regular(), 46, "Sundhed og Omsorg", L, 334 + dy);
            right(g, p.regular(), 42, "Side 1 af 2", R, 256 + dy);
            right(g, p.regular(), 38, "MSO – Hjælpemiddelcentret", R, 316 + dy);
            line(g, L, 379 + dy, R, 379 + dy, 3f);
            double y = 502 + dy;
            List<String> title = wrap(p.bold(), 62.5, TITLE, bw);
            for (String s : title) {
                text(g, p.bold(), 62.5, s, L, y);
                y += 74;
            }
            y += 110 - 74;
            // the samples' Liberation print wraps the intro a little earlier than Java measures it
            for (String s : wrap(p.regular(), 43.7, MUNICIPAL_INTRO, liberation ? bw - 80 : bw)) {
                text(g, p.regular(), 43.7, s, L, y);
                y += 58;
            }
            y += 94 - 58;
            double lab = 45.4; // label size

            // Borger
            text(g, p.bold(), 50, "Borger", L, y);
            double u = y + 108;
            underlined(g, p, hand, lab, "Navn:", L, V, R, u, v.citizenName());
            u += 114;
            underlined(g, p, hand, lab, "Adresse:", L, V, R, u, v.address());
            u += 114;
            underlined(g, p, hand, lab, "Postnr. og by:", L, V, R, u, v.postalCode() + " " + v.city());
            u += 114;
            underlined(g, p, hand, lab, "CPR-nr.:", L, V, L + 999, u, v.cpr());
            underlined(g, p, hand, lab, "Telefon:", L + 1072, L + 1301, R, u, v.phoneWritten());

            // Ekstern leverandør
            y = u + 124;
            text(g, p.bold(), 50, "Ekstern leverandør", L, y);
            u = y + 106;
            underlined(g, p, hand, lab, "Firmanavn:", L, V, R, u, v.supplierName());
            u += 114;
            underlined(g, p, hand, lab, "CVR-nr.:", L, V, L + 999, u, v.cvrWritten());
            y = u + 106;
            text(g, p.regular(), lab, "Ydelse(r):", L, y);
            options(g, p, hand, V, y, lab, 55, List.of("Dagligvarer", "Medicin", "Tøjvask", "Madservice"),
                    v.services());
            y += 64;
            text(g, p.italic(), 37.5, "Sæt kryds ved de ydelser, leverandøren leverer i hjemmet.", L, y);

            // Gyldighed
            y += 96;
            text(g, p.bold(), 50, "Gyldighed", L, y);
            u = y + 108;
            underlined(g, p, hand, lab, "Gyldig fra:", L, L + 320, L + 929, u, Values.dmy(v.validFrom()));
            underlined(g, p, hand, lab, "Gyldig til (udløbsdato):", L + 1002, L + 1501, R, u, v.untilWritten());
            y = u + 50;
            text(g, p.italic(), 37.5, "Udfyldes udløbsdatoen ikke, gælder samtykket indtil det tilbagekaldes.", L, y);

            // Underskrift
            y += 114;
            text(g, p.bold(), 50, "Underskrift", L, y);
            y += 92;
            text(g, p.regular(), lab, "Underskrevet af:", L, y);
            options(g, p, hand, V, y, lab, 60, List.of("Borger", "Stedfortræder"),
                    List.of(v.signerRole().equals("citizen") ? "Borger" : "Stedfortræder"));
            u = y + 128;
            underlined(g, p, hand, lab, "Stedfortræders navn:", L, V, R, u, v.representativeName());
            u += 184;
            underlined(g, p, hand, lab, "Dato:", L, L + 220, L + 799, u, v.signedWritten());
            underlined(g, p, hand, lab, "Underskrift:", L + 874, L + 1180, R, u, null);
            double sx = L + 1180 + hand.u(60, 300);
            hand.signature(g, sx, u - hand.u(10, 40), Math.min(hand.u(650, 850), R - sx - 200), hand.u(70, 110));

            // Indhentet af
            y = u + 122;
            text(g, p.bold(), 50, "Indhentet af", L, y);
            u = y + 108;
            underlined(g, p, hand, lab, "Navn:", L, V, R, u, v.collectorName());
            y = u + 104;
            text(g, p.regular(), lab, "Organisation:", L, y);
            options(g, p, hand, V, y, lab, 55, List.of(Values.ORGS), List.of(v.collectorOrg()));

            // footer
            y += 176;
            line(g, L, y, R, y, 2.5f);
            text(g, p.regular(), 36, FOOTER_1, L, y + 54);
            text(g, p.regular(), 36, FOOTER_2, L, y + 100);
            text(g, p.italic(), 33, "eLås · Samtykkeerklæring · version 2.3 · januar 2024", L, y + 212);
            right(g, p.regular(), 33, "Side 1 af 2", R, y + 212);
            g.dispose();
            return img;
        }

        /** A label, its underline from x1 to x2 at y, and the handwritten value on the line. */
        static void underlined(Graphics2D g, Print p, Hand hand, double px, String label, double labelX, double x1,
                double x2, double y, String value) {
            text(g, p.regular(), px, label, labelX, y - 6);
            line(g, x1, y, x2, y, 2.2f);
            if (value != null) {
                double x = x1 + hand.u(15, 90);
                hand.text(g, value, x, y - hand.u(3, 20), hand.u(44, 60), x2 - x - 10);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Capture: flatbed scan (PDF) and phone photo (JPEG)
    // ------------------------------------------------------------------------------------------

    static final class Capture {
        static final String[][] CAMERAS = {{"samsung", "SM-A536B"}, {"Apple", "iPhone 12"}, {"Google", "Pixel 7a"},
            {"Xiaomi", "Redmi Note 11"}, {"OnePlus", "Nord CE 3"}, {"motorola", "moto g54 5G"}, {"Apple", "iPhone SE"}};
        static final String[] SCANNERS = {"RICOH IM C3000", "HP LaserJet MFP M428", "KONICA MINOLTA bizhub C300i",
            "Canon iR-ADV C3826", "Xerox AltaLink C8130"};

        /** A gray flatbed scan: skewed, noisy, a few dust specks, JPEG in a one-page A4 PDF at 300 dpi. */
        static byte[] scan(BufferedImage page, Random r, Map<String, Object> params) throws IOException {
            double skew = (r.nextDouble() * 2 - 1) * 2.0;
            double sigma = 3 + r.nextDouble();
            int quality = 76 + r.nextInt(10);
            int lid = 226 + r.nextInt(12);
            double paper = 236 + r.nextInt(10);

            BufferedImage gray = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(lid, lid, lid));
            g.fillRect(0, 0, W, H);
            AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(skew), W / 2.0, H / 2.0);
            t.translate(r.nextGaussian() * 8, r.nextGaussian() * 8);
            g.drawImage(page, t, null);
            // the page edge casts a thin shadow on the lid
            g.setTransform(t);
            g.setColor(new Color(150, 150, 150));
            g.setStroke(new BasicStroke(3f));
            g.drawRect(0, 0, W - 1, H - 1);
            g.dispose();

            byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
            Gauss noise = new Gauss(r);
            double k = paper / 255.0;
            for (int i = 0; i < px.length; i++) {
                int v = px[i] & 0xff;
                double out = (v >= 250 ? paper : v * k) + noise.next() * sigma;
                px[i] = (byte) clamp(out);
            }
            for (int d = 0, n = 8 + r.nextInt(20); d < n; d++) { // dust
                int x = r.nextInt(W);
                int y = r.nextInt(H);
                int rad = 1 + r.nextInt(3);
                int val = 60 + r.nextInt(90);
                for (int yy = -rad; yy <= rad; yy++) {
                    for (int xx = -rad; xx <= rad; xx++) {
                        if (xx * xx + yy * yy <= rad * rad && x + xx >= 0 && x + xx < W && y + yy >= 0 && y + yy < H) {
                            px[(y + yy) * W + x + xx] = (byte) val;
                        }
                    }
                }
            }

            params.put("skew_deg", round(skew, 2));
            params.put("noise_sigma", round(sigma, 2));
            params.put("format", "pdf");
            params.put("dpi", 300);
            params.put("jpeg_quality", quality);
            params.put("mode", "gray");

            try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDRectangle a4 = new PDRectangle(W * 72f / 300f, H * 72f / 300f);
                PDPage pdPage = new PDPage(a4);
                doc.addPage(pdPage);
                PDImageXObject img = JPEGFactory.createFromImage(doc, gray, quality / 100f, 300);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    cs.drawImage(img, 0, 0, a4.getWidth(), a4.getHeight());
                }
                doc.setDocumentId(r.nextLong()); // seeds the trailer /ID, so the bytes repeat for a seed
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle("Scan");
                info.setProducer(SCANNERS[r.nextInt(SCANNERS.length)]);
                doc.save(out);
                return out.toByteArray();
            }
        }

        /**
         * A phone photo: the page in perspective on wood, a table or cloth, with a drop shadow, uneven
         * light, blur and sensor noise; JPEG 3024x4032 (or 4032x3024), possibly stored sideways with an
         * EXIF Orientation tag.
         */
        static byte[] photo(BufferedImage page, String variant, LocalDate day, Random r, Map<String, Object> params)
                throws IOException {
            boolean landscape = variant.equals("landscape");
            int fw = landscape ? 4032 : 3024;
            int fh = landscape ? 3024 : 4032;

            // where the page lies
            double frac = 0.80 + r.nextDouble() * 0.12;
            double ph = frac * fh;
            double pw = ph * W / H;
            double rot = (r.nextDouble() * 2 - 1) * 8;
            double[][] corners;
            while (true) {
                corners = corners(fw, fh, pw, ph, rot, r);
                if (corners != null) {
                    break;
                }
                rot *= 0.8; // too big to fit at this angle: straighten a bit
            }

            String background = new String[] {"wood", "table", "cloth"}[r.nextInt(3)];
            Mat frame = background(background, fw, fh, r);

            // drop shadow under the page, away from the light
            String shadowFrom = new String[] {"left", "right", "top", "bottom", "corner"}[r.nextInt(5)];
            double[] dir = switch (shadowFrom) {
                case "left" -> new double[] {-1, 0.3};
                case "right" -> new double[] {1, 0.3};
                case "top" -> new double[] {0.2, -1};
                case "bottom" -> new double[] {0.2, 1};
                default -> new double[] {-0.8, -0.8};
            };
            Mat mask = Mat.zeros(fh, fw, CvType.CV_8UC1);
            double off = 18 + r.nextDouble() * 25;
            Point[] pts = new Point[4];
            for (int i = 0; i < 4; i++) {
                pts[i] = new Point(corners[i][0] - dir[0] * off, corners[i][1] - dir[1] * off);
            }
            Imgproc.fillConvexPoly(mask, new MatOfPoint(pts), new Scalar(255));
            Imgproc.GaussianBlur(mask, mask, new Size(0, 0), 18 + r.nextDouble() * 14);
            multiplyByMask(frame, mask, 0.55);

            // paper tint, then the page onto the frame
            double kr = 0.965 + r.nextDouble() * 0.035;
            BufferedImage tinted = tint(page, kr, kr - r.nextDouble() * 0.02, kr - 0.02 - r.nextDouble() * 0.08);
            Mat pageMat = toMat(tinted);
            Imgproc.GaussianBlur(pageMat, pageMat, new Size(0, 0), 0.6);
            MatOfPoint2f src = new MatOfPoint2f(new Point(0, 0), new Point(W, 0), new Point(W, H), new Point(0, H));
            MatOfPoint2f dst = new MatOfPoint2f(new Point(corners[0][0], corners[0][1]),
                    new Point(corners[1][0], corners[1][1]), new Point(corners[2][0], corners[2][1]),
                    new Point(corners[3][0], corners[3][1]));
            Mat m = Imgproc.getPerspectiveTransform(src, dst);
            Imgproc.warpPerspective(pageMat, frame, m, frame.size(), Imgproc.INTER_LINEAR, Core.BORDER_TRANSPARENT);

            // light: darker towards one side, sometimes a soft shadow edge across, a slight vignette
            double strength = 0.18 + r.nextDouble() * 0.2;
            light(frame, shadowFrom, strength, r);

            double blur = 1.5 + r.nextDouble() * 0.3;
            Imgproc.GaussianBlur(frame, frame, new Size(0, 0), blur);
            addNoise(frame, 2.0 + r.nextDouble() * 1.5, r);

            int orientation = switch (variant) {
                case "exif6" -> 6;
                case "exif8" -> 8;
                default -> 1;
            };
            Mat stored = frame;
            if (orientation == 6) { // a viewer turns it 90° clockwise, so it is stored turned counter-clockwise
                stored = new Mat();
                Core.rotate(frame, stored, Core.ROTATE_90_COUNTERCLOCKWISE);
            } else if (orientation == 8) {
                stored = new Mat();
                Core.rotate(frame, stored, Core.ROTATE_90_CLOCKWISE);
            }
            int quality = 82 + r.nextInt(7);
            String[] cam = CAMERAS[r.nextInt(CAMERAS.length)];
            String when = String.format("%04d:%02d:%02d %02d:%02d:%02d", day.getYear(), day.getMonthValue(),
                    day.getDayOfMonth(), 8 + r.nextInt(9), r.nextInt(60), r.nextInt(60));
            byte[] jpeg = Exif.insert(jpeg(toImage(stored), quality), orientation, cam[0], cam[1], when);

            params.put("background", background);
            params.put("rotation_deg", round(rot, 2));
            params.put("page_height_frac", round(frac, 3));
            params.put("blur_sigma", round(blur, 2));
            params.put("shadow_from", shadowFrom);
            params.put("shadow_strength", round(strength, 2));
            List<List<Long>> pc = new ArrayList<>();
            for (double[] c : corners) {
                pc.add(List.of(Math.round(c[0]), Math.round(c[1])));
            }
            params.put("page_corners", pc);
            params.put("format", "jpeg");
            params.put("variant", variant);
            params.put("exif_orientation", orientation);
            params.put("stored_size", List.of(stored.cols(), stored.rows()));
            params.put("jpeg_quality", quality);
            params.put("camera", cam[0] + " " + cam[1]);
            return jpeg;
        }

        /**
         * The page's corners (TL, TR, BR, BL) in the frame: rotated, off-centre, with a little
         * keystone and corner jitter; null when they do not fit in the frame.
         */
        static double[][] corners(int fw, int fh, double pw, double ph, double rotDeg, Random r) {
            double a = Math.toRadians(rotDeg);
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            double bbW = pw * Math.abs(cos) + ph * Math.abs(sin);
            double bbH = pw * Math.abs(sin) + ph * Math.abs(cos);
            double margin = 0.012;
            if (bbW > fw * (1 - 2 * margin) || bbH > fh * (1 - 2 * margin)) {
                return null;
            }
            double cx = fw / 2.0 + (r.nextDouble() - 0.5) * (fw * (1 - 2 * margin) - bbW) * 0.9;
            double cy = fh / 2.0 + (r.nextDouble() - 0.5) * (fh * (1 - 2 * margin) - bbH) * 0.9;
            double keystone = r.nextDouble() * 0.06; // the far edge looks shorter
            boolean topFar = r.nextDouble() < 0.7;
            double[][] local = {
                {-pw / 2 * (topFar ? 1 - keystone : 1), -ph / 2},
                {pw / 2 * (topFar ? 1 - keystone : 1), -ph / 2},
                {pw / 2 * (topFar ? 1 : 1 - keystone), ph / 2},
                {-pw / 2 * (topFar ? 1 : 1 - keystone), ph / 2}};
            double[][] out = new double[4][];
            for (int i = 0; i < 4; i++) {
                double x = local[i][0] + r.nextGaussian() * ph * 0.004;
                double y = local[i][1] + r.nextGaussian() * ph * 0.004;
                out[i] = new double[] {cx + x * cos - y * sin, cy + x * sin + y * cos};
                if (out[i][0] < 2 || out[i][1] < 2 || out[i][0] > fw - 3 || out[i][1] > fh - 3) {
                    return null;
                }
            }
            return out;
        }

        /** A background texture, drawn at a quarter of the size and scaled up (so it looks out of focus). */
        static Mat background(String kind, int fw, int fh, Random r) {
            int w = fw / 4;
            int h = fh / 4;
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            Noise n = new Noise(r);
            double ang = Math.toRadians(r.nextBoolean() ? r.nextGaussian() * 12 : 90 + r.nextGaussian() * 12);
            double ca = Math.cos(ang);
            double sa = Math.sin(ang);
            switch (kind) {
                case "wood" -> {
                    double plank = 70 + r.nextDouble() * 50;
                    double baseR = 100 + r.nextDouble() * 60;
                    double[] plankShade = new double[64];
                    for (int i = 0; i < plankShade.length; i++) {
                        plankShade[i] = 0.82 + r.nextDouble() * 0.3;
                    }
                    double period = 5 + r.nextDouble() * 5;
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            double uu = x * ca + y * sa + 1000; // across the planks
                            double vv = -x * sa + y * ca + 1000; // along the planks
                            int idx = (int) Math.floor(uu / plank);
                            double within = uu - idx * plank;
                            double t = uu + 18 * n.at(vv / 90.0, idx * 3.1) + 4 * n.at(vv / 25.0, uu / 12.0);
                            double grain = 0.5 + 0.5 * Math.sin(2 * Math.PI * t / period);
                            double shade = plankShade[Math.floorMod(idx, 64)] * (0.86 + 0.14 * grain)
                                    * (0.92 + 0.16 * n.at(vv / 150.0, uu / 40.0));
                            if (within < 1.6 || within > plank - 1.6) {
                                shade *= 0.45; // gap between planks
                            }
                            set(px, (y * w + x) * 3, baseR * shade, baseR * 0.62 * shade, baseR * 0.42 * shade);
                        }
                    }
                }
                case "cloth" -> {
                    double period = 50 + r.nextDouble() * 30;
                    double bright = 125 + r.nextDouble() * 50; // the samples' cloths are darker than the paper
                    double dark = 30 + r.nextDouble() * 30;
                    double[] hue = r.nextDouble() < 0.5 ? new double[] {1, 1, 1}
                            : r.nextBoolean() ? new double[] {0.85, 0.92, 1.05} : new double[] {1.05, 0.85, 0.85};
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            double uu = x * ca + y * sa + 3 * n.at(x / 60.0, y / 60.0);
                            double vv = -x * sa + y * ca + 3 * n.at(y / 60.0 + 9, x / 60.0);
                            int sx = Math.floorMod((int) Math.floor(uu / (period / 2)), 2);
                            int sy = Math.floorMod((int) Math.floor(vv / (period / 2)), 2);
                            double level = sx + sy == 0 ? bright : sx + sy == 1 ? (bright + dark) / 2 : dark;
                            level *= 0.94 + 0.06 * n.at(x / 1.5, y / 1.5); // weave
                            set(px, (y * w + x) * 3, level * hue[0], level * hue[1], level * hue[2]);
                        }
                    }
                }
                default -> { // table: a plain dark surface with a gradient
                    double g0 = 70 + r.nextDouble() * 50;
                    double warm = r.nextDouble() * 0.08;
                    double gx = r.nextGaussian();
                    double gy = r.nextGaussian();
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            double t = ((x - w / 2.0) * gx + (y - h / 2.0) * gy) / Math.max(w, h);
                            double level = g0 * (1 + 0.35 * t) * (0.95 + 0.1 * n.at(x / 80.0, y / 80.0));
                            set(px, (y * w + x) * 3, level * (1 + warm), level, level * (1 - warm));
                        }
                    }
                }
            }
            Mat small = toMat(img);
            Mat big = new Mat();
            Imgproc.resize(small, big, new Size(fw, fh), 0, 0, Imgproc.INTER_CUBIC);
            return big;
        }

        static void set(byte[] px, int i, double red, double green, double blue) {
            px[i] = (byte) clamp(blue);
            px[i + 1] = (byte) clamp(green);
            px[i + 2] = (byte) clamp(red);
        }

        static void multiplyByMask(Mat frame, Mat mask, double strength) {
            int n = frame.rows() * frame.cols();
            byte[] f = new byte[n * 3];
            byte[] mk = new byte[n];
            frame.get(0, 0, f);
            mask.get(0, 0, mk);
            for (int i = 0; i < n; i++) {
                double k = 1 - strength * (mk[i] & 0xff) / 255.0;
                for (int c = 0; c < 3; c++) {
                    f[i * 3 + c] = (byte) clamp((f[i * 3 + c] & 0xff) * k);
                }
            }
            frame.put(0, 0, f);
        }

        /** Uneven light: darker towards one side, a vignette, sometimes a soft-edged shadow across. */
        static void light(Mat frame, String from, double strength, Random r) {
            int w = frame.cols();
            int h = frame.rows();
            byte[] f = new byte[w * h * 3];
            frame.get(0, 0, f);
            boolean edge = r.nextDouble() < 0.5;
            double ex = w * r.nextDouble();
            double ey = h * r.nextDouble();
            double ea = r.nextDouble() * Math.PI;
            double enx = Math.cos(ea);
            double eny = Math.sin(ea);
            double soft = 150 + r.nextDouble() * 250;
            double edgeStrength = 0.1 + r.nextDouble() * 0.15;
            double warmR = 1.0 + r.nextDouble() * 0.02;
            double warmB = 1.0 - r.nextDouble() * 0.05;
            for (int y = 0; y < h; y++) {
                double fy = y / (double) h;
                for (int x = 0; x < w; x++) {
                    double fx = x / (double) w;
                    double d = switch (from) { // 0 at the dark side, 1 at the far side
                        case "left" -> fx;
                        case "right" -> 1 - fx;
                        case "top" -> fy;
                        case "bottom" -> 1 - fy;
                        default -> (fx + fy) / 2;
                    };
                    double k = 1 - strength * (1 - smooth(d));
                    double vx = fx - 0.5;
                    double vy = fy - 0.5;
                    k *= 1 - 0.18 * (vx * vx + vy * vy);
                    if (edge) {
                        double s = ((x - ex) * enx + (y - ey) * eny) / soft;
                        k *= 1 - edgeStrength * smooth(Math.max(0, Math.min(1, s + 0.5)));
                    }
                    int i = (y * w + x) * 3;
                    f[i] = (byte) clamp((f[i] & 0xff) * k * warmB);
                    f[i + 1] = (byte) clamp((f[i + 1] & 0xff) * k);
                    f[i + 2] = (byte) clamp((f[i + 2] & 0xff) * k * warmR);
                }
            }
            frame.put(0, 0, f);
        }

        static void addNoise(Mat frame, double sigma, Random r) {
            byte[] f = new byte[frame.rows() * frame.cols() * 3];
            frame.get(0, 0, f);
            Gauss g = new Gauss(r);
            for (int i = 0; i < f.length; i++) {
                f[i] = (byte) clamp((f[i] & 0xff) + g.next() * sigma);
            }
            frame.put(0, 0, f);
        }

        static double smooth(double t) {
            t = Math.max(0, Math.min(1, t));
            return t * t * (3 - 2 * t);
        }

        static BufferedImage tint(BufferedImage page, double kr, double kg, double kb) {
            BufferedImage out = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
            byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            int[] row = new int[W];
            for (int y = 0; y < H; y++) {
                page.getRGB(0, y, W, 1, row, 0, W);
                for (int x = 0; x < W; x++) {
                    int c = row[x];
                    int i = (y * W + x) * 3;
                    px[i] = (byte) clamp((c & 0xff) * kb);
                    px[i + 1] = (byte) clamp(((c >> 8) & 0xff) * kg);
                    px[i + 2] = (byte) clamp(((c >> 16) & 0xff) * kr);
                }
            }
            return out;
        }

        static Mat toMat(BufferedImage bgr) {
            Mat m = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
            m.put(0, 0, ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
            return m;
        }

        static BufferedImage toImage(Mat m) {
            BufferedImage img = new BufferedImage(m.cols(), m.rows(), BufferedImage.TYPE_3BYTE_BGR);
            m.get(0, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData());
            return img;
        }

        static byte[] jpeg(BufferedImage img, int quality) throws IOException {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(img, null, null), p);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }
    }

    /** Writes a minimal EXIF APP1 segment (Make, Model, Orientation, DateTime) into a JFIF JPEG. */
    static final class Exif {

        static byte[] insert(byte[] jpeg, int orientation, String make, String model, String dateTime) {
            byte[] tiff = tiff(orientation, make, model, dateTime);
            int segLen = 2 + 6 + tiff.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segLen + 2);
            // after SOI and the JFIF APP0 segment, as the phones' files in the samples have it
            int at = 2;
            if ((jpeg[2] & 0xff) == 0xFF && (jpeg[3] & 0xff) == 0xE0) {
                at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
            }
            out.write(jpeg, 0, at);
            out.write(0xFF);
            out.write(0xE1);
            out.write(segLen >> 8);
            out.write(segLen & 0xff);
            out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(tiff);
            out.write(jpeg, at, jpeg.length - at);
            return out.toByteArray();
        }

        /** Big-endian TIFF header and IFD0 with four entries; strings follow the IFD. */
        static byte[] tiff(int orientation, String make, String model, String dateTime) {
            byte[] mk = (make + "\0").getBytes(StandardCharsets.US_ASCII);
            byte[] md = (model + "\0").getBytes(StandardCharsets.US_ASCII);
            byte[] dt = (dateTime + "\0").getBytes(StandardCharsets.US_ASCII);
            int dataStart = 8 + 2 + 4 * 12 + 4;
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(dataStart + mk.length + md.length + dt.length);
            b.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
            b.putShort((short) 4);
            int off = dataStart;
            b.putShort((short) 0x010F).putShort((short) 2).putInt(mk.length).putInt(off);
            off += mk.length;
            b.putShort((short) 0x0110).putShort((short) 2).putInt(md.length).putInt(off);
            off += md.length;
            b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
            b.putShort((short) 0x0132).putShort((short) 2).putInt(dt.length).putInt(off);
            b.putInt(0); // no next IFD
            b.put(mk).put(md).put(dt);
            return b.array();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Small helpers
    // ------------------------------------------------------------------------------------------

    /** Smooth 2-D value noise in [0, 1]. */
    static final class Noise {
        private final int[] perm = new int[512];

        Noise(Random r) {
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                p.add(i);
            }
            Collections.shuffle(p, r);
            for (int i = 0; i < 512; i++) {
                perm[i] = p.get(i & 255);
            }
        }

        double at(double x, double y) {
            int xi = (int) Math.floor(x);
            int yi = (int) Math.floor(y);
            double fx = x - xi;
            double fy = y - yi;
            double sx = fx * fx * (3 - 2 * fx);
            double sy = fy * fy * (3 - 2 * fy);
            double a = lattice(xi, yi);
            double b = lattice(xi + 1, yi);
            double c = lattice(xi, yi + 1);
            double d = lattice(xi + 1, yi + 1);
            return (a + (b - a) * sx) + ((c + (d - c) * sx) - (a + (b - a) * sx)) * sy;
        }

        private double lattice(int x, int y) {
            return perm[(perm[x & 255] + y) & 255] / 255.0;
        }
    }

    /** Fast, seeded standard-normal numbers from a table (good enough for sensor noise). */
    static final class Gauss {
        private final double[] table = new double[1 << 16];
        private long state;

        Gauss(Random r) {
            for (int i = 0; i < table.length; i++) {
                table[i] = r.nextGaussian();
            }
            state = r.nextLong();
        }

        double next() {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return table[(int) (state >>> 48)];
        }
    }

    static int clamp(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v);
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** JSON like the samples': two-space indent, one array element per line, "key": value. */
    static final class Json {
        static String write(Object value) throws IOException {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(pp).writeValueAsString(value);
        }
    }
}
