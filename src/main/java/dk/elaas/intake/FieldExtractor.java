package dk.elaas.intake;

import dk.elaas.common.validation.Cpr;
import dk.elaas.common.validation.Cvr;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.Phone;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.common.validation.Validated;
import dk.elaas.intake.PageText.Band;
import dk.elaas.intake.PageText.Hit;
import dk.elaas.ocr.OcrResult;
import dk.elaas.ocr.OcrWord;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the consent fields from OCR words and the prepared page, anchored on the form's labels:
 * a value is what stands right of its label on the same row ({@code Navn: Ane Hansen}) or, in the
 * boxed layout, the first row below the label inside its cell. Section headings (Borger, Ekstern
 * leverandør, Gyldighed, Underskrift, Indhentet af) tell the three "Navn" labels apart. Ticks are
 * read from the pixels. Every value is validated where Danish rules allow (CPR date, CVR modulus 11,
 * postcode table, real dates) and only then may it be confident.
 */
public final class FieldExtractor {

    static final String KEY_INVALID = "intake.field.invalid";
    static final String KEY_UNREADABLE = "intake.field.unreadable";
    static final String KEY_CITY_CORRECTED = "intake.field.cityCorrected";
    static final String KEY_AMBIGUOUS_TICK = "intake.field.ambiguousTick";

    private static final Pattern CPR = Pattern.compile("(\\d{6})\\s*[-.]?\\s*(\\d{4})");
    private static final Pattern CVR = Pattern.compile("(\\d[\\d ]{7,12})");

    private final Postcodes postcodes;

    public FieldExtractor(Postcodes postcodes) {
        this.postcodes = postcodes;
    }

    public ExtractedFields extract(OcrResult ocr, BufferedImage prepared) {
        return extract(ocr, prepared, LineReader.NONE);
    }

    /** As above; values that did not validate are read again from their crop through {@code reader}. */
    ExtractedFields extract(OcrResult ocr, BufferedImage prepared, LineReader reader) {
        return new Run(new PageText(ocr.words()), new CheckboxReader(prepared), prepared.getWidth(),
                new Rereader(reader)).extract();
    }

    /** The state of one extraction. */
    private final class Run {
        private final PageText page;
        private final CheckboxReader boxes;
        private final int pageWidth;
        private final Map<ConsentField, FieldValue> out = new EnumMap<>(ConsentField.class);
        private Band citizen = Band.ALL;
        private Band supplier = Band.ALL;
        private Band validity = Band.ALL;
        private Band signature = Band.ALL;
        private Band collected = Band.ALL;

        private final Rereader again;

        Run(PageText page, CheckboxReader boxes, int pageWidth, Rereader again) {
            this.page = page;
            this.boxes = boxes;
            this.pageWidth = pageWidth;
            this.again = again;
        }

        ExtractedFields extract() {
            findSections();
            text(ConsentField.CITIZEN_NAME, Labels.NAME, citizen);
            cpr();
            text(ConsentField.ADDRESS, Labels.ADDRESS, citizen);
            postcodeAndCity();
            phone();
            text(ConsentField.SUPPLIER_NAME, Labels.SUPPLIER_NAME, supplier);
            cvr();
            services();
            date(ConsentField.VALID_FROM, Labels.VALID_FROM, validity, false);
            date(ConsentField.VALID_UNTIL, Labels.VALID_UNTIL, validity, true);
            signerRole();
            representative();
            date(ConsentField.SIGNED_DATE, Labels.SIGNED_DATE, signature, false);
            text(ConsentField.COLLECTED_BY_NAME, Labels.COLLECTOR_NAME, collected);
            organisation();
            return new ExtractedFields(out);
        }

        // ---- sections -------------------------------------------------------------------------

        private void findSections() {
            List<List<String>> headings = List.of(Labels.SECTION_CITIZEN, Labels.SECTION_SUPPLIER,
                    Labels.SECTION_VALIDITY, Labels.SECTION_SIGNATURE, Labels.SECTION_COLLECTED);
            int[] tops = new int[headings.size()];
            int from = Integer.MIN_VALUE;
            for (int i = 0; i < headings.size(); i++) {
                tops[i] = headingTop(headings.get(i), from);
                if (tops[i] != Integer.MIN_VALUE) {
                    from = tops[i];
                }
            }
            Band[] bands = new Band[headings.size()];
            for (int i = 0; i < bands.length; i++) {
                // A section whose heading was not read still lies below the sections before it: "Navn"
                // under "Indhentet af" must not be taken from the citizen's section.
                int top = Integer.MIN_VALUE;
                for (int j = i; j >= 0 && top == Integer.MIN_VALUE; j--) {
                    top = tops[j] == Integer.MIN_VALUE ? Integer.MIN_VALUE : tops[j] - 5;
                }
                int bottom = Integer.MAX_VALUE;
                for (int j = i + 1; j < tops.length; j++) {
                    if (tops[j] != Integer.MIN_VALUE) {
                        bottom = tops[j] - 5;
                        break;
                    }
                }
                bands[i] = top == Integer.MIN_VALUE && bottom == Integer.MAX_VALUE ? Band.ALL : new Band(top, bottom);
            }
            citizen = bands[0];
            supplier = bands[1];
            validity = bands[2];
            signature = bands[3];
            collected = bands[4];
        }

        /** Top of the first line below {@code after} that is just the heading (a number may precede it). */
        private int headingTop(List<String> heading, int after) {
            Map<Integer, List<OcrWord>> lines = new java.util.TreeMap<>();
            for (OcrWord w : page.words()) {
                lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
            }
            int best = Integer.MIN_VALUE;
            for (List<OcrWord> line : lines.values()) {
                List<OcrWord> tokens = line.stream().filter(w -> !Fuzzy.key(w.text()).matches("\\d*")).toList();
                if (tokens.size() == heading.size() + 1 && Fuzzy.key(tokens.get(heading.size()).text()).length() <= 1) {
                    tokens = tokens.subList(0, heading.size()); // a speck after the heading read as a letter
                }
                if (tokens.size() != heading.size() || tokens.get(0).y() <= after) {
                    continue;
                }
                boolean all = true;
                for (int i = 0; i < heading.size(); i++) {
                    all &= PageText.matches(tokens.get(i).text(), heading.get(i));
                }
                int top = tokens.get(0).y();
                if (all && (best == Integer.MIN_VALUE || top < best)) {
                    best = top;
                }
            }
            return best;
        }

        // ---- locating values --------------------------------------------------------------------

        private record Found(Hit label, List<OcrWord> words, int limit) {
            String text() {
                return ValueRules.text(words);
            }

            Box box() {
                return words.isEmpty() ? label.box() : PageText.boxOf(words);
            }
        }

        private Optional<Found> locate(List<List<String>> labels, Band band) {
            for (List<String> phrase : labels) {
                List<Hit> hits = page.find(phrase, band);
                if (hits.isEmpty()) {
                    continue;
                }
                return Optional.of(valueAt(hits.get(0), labels));
            }
            return Optional.empty();
        }

        /**
         * A label OCR garbled after a distinctive start ({@code CVRArL} for "CVR-nr.:"): the first word
         * in the band whose letters begin with {@code prefix}.
         */
        private Optional<Found> locateByPrefix(String prefix, Band band) {
            return page.words().stream()
                    .filter(band::contains)
                    .filter(w -> Fuzzy.key(w.text()).startsWith(prefix))
                    .findFirst()
                    .map(w -> valueAt(new Hit(List.of(w), PageText.boxOf(List.of(w))), List.of()));
        }

        /** The value of a found label: right of it on its row, else the first row below it in its cell. */
        private Found valueAt(Hit hit, List<List<String>> labels) {
            List<OcrWord> right = ValueRules.clean(page.rightOf(hit), hit.height());
            int limit = rightLimit(hit, labels);
            if (!right.isEmpty()) {
                return new Found(hit, right, limit);
            }
            List<OcrWord> below = ValueRules.clean(page.below(hit, limit, 5.0), hit.height());
            return new Found(hit, below, limit);
        }

        /** Left edge of the next label on the label's row: the cell a boxed value must stay in. */
        private int rightLimit(Hit hit, List<List<String>> labels) {
            double h = hit.height();
            // The label's own other wording on its line ("Gyldig til / udløbsdato") is no next label.
            Set<String> own = labels.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet());
            return page.words().stream()
                    .filter(w -> w.x() > hit.box().right() + h)
                    .filter(w -> Math.abs(w.centerY() - hit.centerY()) < h)
                    .filter(w -> Labels.STOP.contains(Fuzzy.key(w.text())) && !own.contains(Fuzzy.key(w.text())))
                    .mapToInt(w -> (int) (w.x() - 0.5 * h))
                    .min().orElse(pageWidth);
        }

        /**
         * Where a found value stands, with a margin for the strokes OCR left out: right of the label
         * on its row, or in its cell below it; never into the next label.
         */
        private Box region(Found f) {
            if (f.words().isEmpty()) {
                return null;
            }
            Box label = f.label().box();
            double h = f.label().height();
            Box v = f.box();
            boolean sameRow = v.y() < label.bottom() && v.bottom() > label.y() && v.x() >= label.right() - 0.5 * h;
            int x0 = (int) (v.x() - 0.8 * h);
            int x1 = (int) Math.min(v.right() + 1.5 * h, f.limit());
            if (sameRow) {
                x0 = Math.max(x0, label.right() + 2);
            } else {
                // In a cell below its label: the value may start anywhere from the cell's left edge,
                // where OCR may have dropped its first word.
                x0 = (int) Math.min(x0, label.x() - 0.3 * h);
                x1 = Math.max(x1, (int) Math.min(f.limit(), label.x() + 14 * h));
            }
            double half = Math.max(v.height() / 2.0 + 0.4 * h, 1.0 * h);
            double cy = v.y() + v.height() / 2.0;
            int y0 = (int) (cy - half);
            int y1 = (int) (cy + half);
            if (!sameRow) {
                y0 = Math.max(y0, label.bottom() + 2);
            }
            return x1 - x0 < h || y1 <= y0 ? null : new Box(x0, y0, x1 - x0, y1 - y0);
        }

        /**
         * The space a found value may take up: from its label (right of it on its row, or its cell's left
         * edge below it) to the next label, over the rows of {@link #region}.
         */
        private Box bounds(Found f) {
            Box r = region(f);
            if (r == null) {
                return null;
            }
            Box label = f.label().box();
            double h = f.label().height();
            boolean sameRow = r.x() > label.right();
            int x0 = sameRow ? label.right() + 2 : (int) (label.x() - 0.3 * h);
            int x1 = Math.max(r.right(), f.limit());
            return new Box(Math.min(x0, r.x()), r.y(), x1 - Math.min(x0, r.x()), r.height());
        }

        /**
         * Reads a value that did not come out valid and certain again from its crop, and takes what
         * most readings (the page's and the crop's) agree on among those that validate.
         */
        private void improve(ConsentField field, Found f, LineReader.Chars chars, Rereader.Parser parse,
                             boolean strongCheck) {
            FieldValue current = out.get(field);
            if (current != null && current.confident()) {
                return;
            }
            Optional<Rereader.Vote> vote = again.vote(region(f), bounds(f), chars, f.text(), parse);
            if (vote.isEmpty()) {
                return;
            }
            Rereader.Vote v = vote.get();
            if (current != null && v.value().equals(current.value()) && v.count() < 2) {
                return;
            }
            out.put(field, new FieldValue(v.value(), v.confidence(strongCheck), f.box(), v.raw(), null));
        }

        // ---- fields -----------------------------------------------------------------------------

        private void text(ConsentField field, List<List<String>> labels, Band band) {
            Optional<Found> f = locate(labels, band);
            if (f.isEmpty()) {
                return;
            }
            String v = f.get().text().replaceAll("\\s+", " ");
            if (v.isEmpty()) {
                out.put(field, new FieldValue(null, 0.5, f.get().label().box(), "", null));
                return;
            }
            double conf = ValueRules.textConfidence(f.get().words());
            if (!plausibleText(v)) {
                conf = Math.min(conf, 0.5);
            }
            if (conf < 0.86) {
                Optional<LineReader.Reading> better = again.betterText(region(f.get()), bounds(f.get()), v,
                        ValueRules.minConfidence(f.get().words()), this::plausibleText);
                if (better.isPresent()) {
                    v = better.get().text();
                    // No rule can check a name: a crop's reading is a suggestion to check.
                    conf = Math.min(0.85, better.get().confidence() / 100 * 0.85);
                }
            }
            // A lone stroke before the value is a cell's ruling or the underline's end read as a letter.
            v = v.replaceFirst("^[Iil|\\[\\]]\\s+(?=\\S)", "");
            // A capital inside a word of an unsure reading is handwriting's size left to OCR to guess.
            String cased = ValueRules.fromCapitals(conf < FieldValue.CONFIDENT ? ValueRules.sizeCase(v) : v);
            if (field == ConsentField.CITIZEN_NAME || field == ConsentField.COLLECTED_BY_NAME) {
                cased = ValueRules.nameCase(cased);
            }
            if (field == ConsentField.ADDRESS) {
                cased = ValueRules.addressForm(cased);
            }
            if (!cased.equals(v)) {
                // The case of text written in capitals is our guess ("McDonald"): never certain.
                conf = Math.min(conf, 0.85);
                v = cased;
            }
            out.put(field, new FieldValue(v, conf, f.get().box(), v, null));
        }

        /** A name or an address: letters, and no stray symbols that OCR makes of a signature or a line. */
        private boolean plausibleText(String v) {
            return v.codePoints().filter(Character::isLetter).count() >= 2
                    && v.matches("[\\p{L}\\d .,'&/-]+");
        }

        private void cpr() {
            Optional<Found> f = locate(Labels.CPR, citizen);
            if (f.isEmpty()) {
                return;
            }
            String raw = f.get().text();
            Matcher m = CPR.matcher(ValueRules.digits(raw));
            String loose = ValueRules.digits(raw).replaceAll("\\D", "");
            if (!m.find() && loose.length() == 10) {
                // Handwritten digits spaced unevenly ("170 6523 542"): ten digits are a CPR number in
                // any grouping, if the date part is a date. Never confident: the grouping was a guess.
                String grouped = loose.substring(0, 6) + "-" + loose.substring(6);
                Validated v = Cpr.validate(grouped);
                out.put(ConsentField.CPR, v.isValid()
                        ? new FieldValue(v.value(), 0.6, f.get().box(), raw, null)
                        : new FieldValue(grouped, 0.2, f.get().box(), raw, v.errorKey()));
                improve(ConsentField.CPR, f.get(), LineReader.Chars.DIGITS, Rereader::cpr, false);
                return;
            }
            m.reset();
            if (!m.find()) {
                out.put(ConsentField.CPR, new FieldValue(null, raw.isEmpty() ? 0.5 : 0.2, f.get().box(), raw,
                        raw.isEmpty() ? null : KEY_UNREADABLE));
                if (!raw.isEmpty()) {
                    // Something is written there: the crop read on its own may give all ten digits.
                    improve(ConsentField.CPR, f.get(), LineReader.Chars.DIGITS, Rereader::cpr, false);
                }
                return;
            }
            Validated v = Cpr.validate(m.group(1) + "-" + m.group(2));
            if (v.isValid()) {
                out.put(ConsentField.CPR, new FieldValue(v.value(),
                        ValueRules.validatedConfidence(f.get().words(), false), f.get().box(), raw, null));
            } else {
                out.put(ConsentField.CPR, new FieldValue(m.group(1) + "-" + m.group(2), 0.2, f.get().box(), raw,
                        v.errorKey()));
            }
            improve(ConsentField.CPR, f.get(), LineReader.Chars.DIGITS, Rereader::cpr, false);
        }

        private void phone() {
            Optional<Found> f = locate(Labels.PHONE, citizen);
            if (f.isEmpty()) {
                return;
            }
            String raw = f.get().text();
            // A handwritten "+" before the country code reads as a letter ("T 45 61 ..."), which would
            // otherwise become a digit.
            String plus = raw.replaceFirst("^[TtFf†‡]\\s*(?=45\\s)", "+");
            String digits = ValueRules.digits(plus).replaceAll("[^\\d+]", "");
            Validated v = Phone.validate(digits);
            if (v.isValid()) {
                out.put(ConsentField.PHONE, new FieldValue(v.value(),
                        ValueRules.validatedConfidence(f.get().words(), false), f.get().box(), raw, null));
            } else {
                out.put(ConsentField.PHONE, new FieldValue(digits.isEmpty() ? null : digits, raw.isEmpty() ? 0.5 : 0.2,
                        f.get().box(), raw, raw.isEmpty() ? null : v.errorKey()));
            }
            improve(ConsentField.PHONE, f.get(), LineReader.Chars.DIGITS, Rereader::phone, false);
        }

        private void cvr() {
            Optional<Found> f = locate(Labels.CVR, supplier);
            if (f.isEmpty()) {
                f = locateByPrefix("cvr", supplier);
            }
            if (f.isEmpty()) {
                return;
            }
            String raw = f.get().text();
            Matcher m = CVR.matcher(ValueRules.digits(raw));
            String candidate = m.find() ? m.group(1).replace(" ", "") : "";
            Validated v = Cvr.validate(candidate);
            if (v.isValid()) {
                // Modulus 11 catches every single wrong digit: a strong check.
                out.put(ConsentField.SUPPLIER_CVR, new FieldValue(v.value(),
                        ValueRules.validatedConfidence(f.get().words(), true), f.get().box(), raw, null));
            } else {
                out.put(ConsentField.SUPPLIER_CVR, new FieldValue(candidate.isEmpty() ? null : candidate,
                        raw.isEmpty() ? 0.5 : 0.2, f.get().box(), raw, raw.isEmpty() ? null : v.errorKey()));
            }
            improve(ConsentField.SUPPLIER_CVR, f.get(), LineReader.Chars.DIGITS, Rereader::cvr, true);
        }

        private void postcodeAndCity() {
            Optional<Found> both = locate(Labels.POSTCODE_AND_CITY, citizen);
            List<OcrWord> codeWords;
            List<OcrWord> cityWords;
            if (both.isPresent()) {
                List<OcrWord> ws = both.get().words();
                // A lone stroke before the postcode is the underline's start read as a letter.
                while (ws.size() > 1 && ws.get(0).text().matches("[Iil|\\[\\]]")) {
                    ws = ws.subList(1, ws.size());
                }
                int split = 0;
                while (split < ws.size() && ValueRules.digits(ws.get(split).text()).replaceAll("\\D", "").length()
                        >= Math.max(1, Fuzzy.key(ws.get(split).text()).length() - 1) && split < 1) {
                    split++;
                }
                codeWords = ws.subList(0, split);
                cityWords = ws.subList(split, ws.size());
            } else {
                codeWords = locate(Labels.POSTCODE, citizen).map(Found::words).orElse(List.of());
                cityWords = locate(Labels.CITY, citizen).map(Found::words).orElse(List.of());
                if (codeWords.size() > 1) {
                    codeWords = codeWords.subList(0, 1);
                }
            }
            String code = ValueRules.digits(ValueRules.text(codeWords)).replaceAll("\\D", "");
            String city = ValueRules.text(cityWords);
            Box codeBox = codeWords.isEmpty() ? null : PageText.boxOf(codeWords);
            Box cityBox = cityWords.isEmpty() ? null : PageText.boxOf(cityWords);
            Optional<String> town = postcodes.validate(code).isValid() ? postcodes.town(code) : Optional.empty();
            Optional<String> named = townNamed(city);
            if (named.isPresent() && town.isPresent()
                    && Fuzzy.similarity(Fuzzy.folded(named.get()), Fuzzy.folded(town.get())) < 0.7) {
                // A handwritten digit misread gives another valid code (2200 for 8200); a town's name has
                // letters to spare, so where the two disagree the name's code is the better guess.
                town = Optional.empty();
            }
            if (town.isPresent()) {
                double similarity = city.isEmpty() ? 0 : Fuzzy.similarity(Fuzzy.folded(city), Fuzzy.folded(town.get()));
                if (similarity >= 0.7) {
                    // Postcode and town agree: two independent readings confirm each other.
                    double c = Math.min(ValueRules.minConfidence(codeWords) >= 60 ? 0.98 : 0.85, 0.99);
                    out.put(ConsentField.POSTAL_CODE, new FieldValue(code, c, codeBox, code, null));
                    out.put(ConsentField.CITY, new FieldValue(town.get(), c, cityBox, city,
                            similarity < 1 ? KEY_CITY_CORRECTED : null));
                } else {
                    out.put(ConsentField.POSTAL_CODE, new FieldValue(code, 0.6, codeBox, code, null));
                    out.put(ConsentField.CITY, new FieldValue(town.get(), 0.5, cityBox, city, KEY_CITY_CORRECTED));
                }
                return;
            }
            Optional<String> byTown = city.isEmpty() ? Optional.empty() : postcodes.codeForTown(city);
            if (byTown.isPresent()) {
                out.put(ConsentField.POSTAL_CODE, new FieldValue(byTown.get(), 0.6, codeBox, code, KEY_INVALID));
                out.put(ConsentField.CITY, new FieldValue(postcodes.town(byTown.get()).orElse(city), 0.85, cityBox, city,
                        null));
                return;
            }
            Optional<Found> cityFound = both.isPresent() ? both : locate(Labels.CITY, citizen);
            if (named.isEmpty() && cityFound.isPresent() && !cityFound.get().words().isEmpty()) {
                // Neither the code nor the town read as one the table knows: read the town's crop again.
                for (LineReader.Reading r : again.readings(region(cityFound.get()), bounds(cityFound.get()),
                        LineReader.Chars.ANY)) {
                    String text = r.text().strip();
                    if (both.isPresent()) {
                        text = text.replaceFirst("^\\S*\\d\\S*\\s+", ""); // the code before the town
                    }
                    named = townNamed(text);
                    if (named.isPresent()) {
                        city = text;
                        break;
                    }
                }
            }
            if (named.isPresent()) {
                // Only the town's name read (near enough): both values are suggestions to check (yellow),
                // not errors: the pair is a valid one from the postcode table.
                out.put(ConsentField.POSTAL_CODE, new FieldValue(postcodes.codeForTown(named.get()).orElseThrow(), 0.5,
                        codeBox, code, null));
                out.put(ConsentField.CITY, new FieldValue(named.get(), 0.5, cityBox, city, null));
                return;
            }
            out.put(ConsentField.POSTAL_CODE, new FieldValue(code.isEmpty() ? null : code, 0.2, codeBox, code,
                    code.isEmpty() ? null : KEY_INVALID));
            out.put(ConsentField.CITY, new FieldValue(city.isEmpty() ? null : city,
                    city.isEmpty() ? 0.2 : Math.min(0.6, ValueRules.textConfidence(cityWords)), cityBox, city, null));
        }

        /**
         * The postcode table's town that the read town name is close to, after dropping what OCR put
         * before it (digits of the postcode, a speck: "5 Solbjerg", "qo Malling,"); empty when none is
         * close or two are equally close.
         */
        private Optional<String> townNamed(String city) {
            List<String> tokens = new ArrayList<>(List.of(city.strip().split("\\s+")));
            while (!tokens.isEmpty() && (tokens.get(0).codePoints().filter(Character::isLetter).count() < 3
                    && tokens.size() > 1 || tokens.get(0).isBlank())) {
                tokens.remove(0);
            }
            String name = Fuzzy.folded(String.join(" ", tokens).replaceAll("[^\\p{L} ]", " ").strip());
            if (name.length() < 3) {
                return Optional.empty();
            }
            String best = null;
            double bestScore = 0;
            double second = 0;
            for (String t : new java.util.TreeSet<>(postcodes.asMap().values())) {
                double sim = Fuzzy.similarity(name, Fuzzy.folded(t));
                if (sim > bestScore) {
                    second = bestScore;
                    bestScore = sim;
                    best = t;
                } else if (sim > second) {
                    second = sim;
                }
            }
            return bestScore >= 0.7 && bestScore - second >= 0.1 ? Optional.of(best) : Optional.empty();
        }

        private void date(ConsentField field, List<List<String>> labels, Band band, boolean untilWithdrawn) {
            Optional<Found> f = locate(labels, band);
            if (f.isEmpty()) {
                return;
            }
            String raw = f.get().text();
            String key = Fuzzy.folded(raw);
            if (untilWithdrawn && (key.contains("indtil") || key.contains("tilbagekald") || key.contains("ubegraens"))) {
                out.put(field, new FieldValue(null, Math.min(0.97, ValueRules.textConfidence(f.get().words()) + 0.05),
                        f.get().box(), raw, null));
                return;
            }
            if (raw.isEmpty()) {
                out.put(field, new FieldValue(null, 0.6, f.get().label().box(), raw, null));
                return;
            }
            Optional<String> d = Rereader.date(raw);
            if (d.isPresent()) {
                out.put(field, new FieldValue(d.get(),
                        ValueRules.validatedConfidence(f.get().words(), false), f.get().box(), raw, null));
            } else {
                out.put(field, new FieldValue(null, 0.2, f.get().box(), raw, KEY_UNREADABLE));
            }
            improve(field, f.get(), LineReader.Chars.DIGITS, Rereader::date, false);
        }

        // ---- ticks --------------------------------------------------------------------------------

        private Hit lettersOnly(Hit h, String word) {
            if (h.words().size() != 1) {
                return h;
            }
            OcrWord w = h.words().get(0);
            String k = Fuzzy.key(w.text());
            String target = Fuzzy.key(word);
            int cut;
            if (k.length() > target.length() && k.endsWith(target)) {
                cut = (int) Math.round(w.width() * (k.length() - target.length()) / (double) k.length());
            } else if (w.text().length() > word.length() && !Character.isLetter(w.text().charAt(0))) {
                cut = (int) Math.round(w.width() * (w.text().length() - word.length()) / (double) w.text().length());
            } else {
                return h;
            }
            OcrWord tail = new OcrWord(word, w.x() + cut, w.y(), w.width() - cut, w.height(), w.confidence(), w.line(),
                    w.block());
            return new Hit(List.of(tail), PageText.boxOf(List.of(tail)));
        }

        private Optional<CheckboxReader.Mark> tick(String label, Band band) {
            String first = label.split(" ")[0];
            List<Hit> hits = page.find(List.of(Fuzzy.key(first)), band);
            if (hits.isEmpty()) {
                // The box glyph sometimes sticks to the word ("XBorger"); match the word's tail.
                String target = Fuzzy.key(first);
                hits = page.words().stream()
                        .filter(w -> band.contains(w) && Fuzzy.key(w.text()).length() > target.length()
                                && Fuzzy.key(w.text()).endsWith(target))
                        .findFirst()
                        .map(w -> List.of(new Hit(List.of(w), PageText.boxOf(List.of(w)))))
                        .orElse(List.of());
            }
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            // A box read as a symbol or letters before the word ("(Dagligvarer", "XBorger") widens the
            // word's box over the box itself: look left of the word's letters instead.
            hits = hits.stream().map(h -> lettersOnly(h, first)).toList();
            // The option word can also occur in a label ("Stedfortræders navn" beside "Stedfortræder"):
            // the option is the occurrence with a box left of it.
            CheckboxReader.Mark firstMark = null;
            for (Hit h : hits) {
                // A cross reaching into the word makes OCR's word box tall: use the text's own height.
                double height = Math.min(h.height(), 1.3 * page.medianHeight());
                CheckboxReader.Mark m = boxes.read(h.box(), height);
                if (m.box() != null) {
                    return Optional.of(m);
                }
                firstMark = firstMark == null ? m : firstMark;
            }
            return Optional.of(firstMark);
        }

        private void services() {
            List<String> ticked = new ArrayList<>();
            double conf = 1;
            Box box = null;
            int found = 0;
            for (String s : Labels.SERVICES) {
                Optional<CheckboxReader.Mark> m = tick(s, supplier);
                if (m.isEmpty()) {
                    conf = Math.min(conf, 0.5);
                    continue;
                }
                found++;
                conf = Math.min(conf, m.get().confidence());
                if (m.get().ticked()) {
                    ticked.add(s);
                }
                if (m.get().box() != null) {
                    box = box == null ? m.get().box() : box.union(m.get().box());
                }
            }
            if (found == 0) {
                return;
            }
            ticked.sort(null);
            out.put(ConsentField.SERVICES, new FieldValue(String.join(",", ticked), ticked.isEmpty() ? Math.min(conf, 0.5) : conf,
                    box, String.join(",", ticked), null));
        }

        private void signerRole() {
            Optional<CheckboxReader.Mark> citizenTick = tick("Borger", signature);
            Optional<CheckboxReader.Mark> repTick = tick("Stedfortræder", signature);
            boolean c = citizenTick.map(CheckboxReader.Mark::ticked).orElse(false);
            boolean r = repTick.map(CheckboxReader.Mark::ticked).orElse(false);
            double conf = Math.min(citizenTick.map(CheckboxReader.Mark::confidence).orElse(0.5),
                    repTick.map(CheckboxReader.Mark::confidence).orElse(0.5));
            Box box = citizenTick.map(CheckboxReader.Mark::box).orElse(null);
            if (c == r) {
                if (citizenTick.isPresent() || repTick.isPresent()) {
                    out.put(ConsentField.SIGNER_ROLE, new FieldValue(null, 0.2, box, "", KEY_AMBIGUOUS_TICK));
                }
                return;
            }
            out.put(ConsentField.SIGNER_ROLE, new FieldValue(c ? "citizen" : "representative", conf,
                    c ? box : repTick.get().box(), "", null));
        }

        private void representative() {
            FieldValue role = out.get(ConsentField.SIGNER_ROLE);
            Optional<Found> f = locate(Labels.REPRESENTATIVE, signature);
            if (role != null && "citizen".equals(role.value())) {
                // The citizen signed: whatever stands on the representative line (often the
                // signature itself reaching over) is not a representative.
                out.put(ConsentField.REPRESENTATIVE_NAME, new FieldValue(null, role.confidence(),
                        f.map(Found::box).orElse(null), f.map(Found::text).orElse(""), null));
                return;
            }
            text(ConsentField.REPRESENTATIVE_NAME, Labels.REPRESENTATIVE, signature);
        }

        private void organisation() {
            String chosen = null;
            double conf = 1;
            Box box = null;
            int ticked = 0;
            int found = 0;
            for (String org : Labels.ORGANISATIONS) {
                Optional<CheckboxReader.Mark> m = tick(org, collected);
                if (m.isEmpty()) {
                    conf = Math.min(conf, 0.5);
                    continue;
                }
                found++;
                conf = Math.min(conf, m.get().confidence());
                if (m.get().ticked()) {
                    ticked++;
                    chosen = org;
                    box = m.get().box();
                }
            }
            if (found == 0) {
                return;
            }
            if (ticked != 1) {
                out.put(ConsentField.COLLECTED_BY_ORG, new FieldValue(null, 0.2, box, "", KEY_AMBIGUOUS_TICK));
                return;
            }
            out.put(ConsentField.COLLECTED_BY_ORG, new FieldValue(chosen, conf, box, chosen, null));
        }
    }
}
