package dk.elaas.intake;

import dk.elaas.consent.PrintedFormValues;
import dk.elaas.document.LoadedPage;
import dk.elaas.document.MediaType;
import dk.elaas.ocr.OcrResult;
import java.util.List;
import java.util.Optional;

/**
 * Everything an intake learned from one file; the UI shows it for review and storage keeps it.
 *
 * @param fileName        the file's name as imported
 * @param sha256          hex SHA-256 of the original bytes (duplicate detection)
 * @param mediaType       what the file really is
 * @param source          page one as loaded (upright per EXIF): show it to let the user drag the corners
 * @param page            the prepared page image, its corners in the loaded image, deskew, rotation
 * @param ocr             every word with its box (in {@code page.image()} coordinates) and confidence
 * @param textLayer       the PDF's own text on page one, when it had a real text layer
 * @param fields          the 16 fields with value, confidence, box and any validation issue
 * @param supplierMatch   the register's supplier the form names, if any
 * @param citizenMatch    the known citizen with the CPR read, if any
 * @param warningKeys     message keys of things the reviewer should know (e.g. no sheet found)
 * @param millis          time from file to fields
 * @param printedForm     the printed consent form its QR code names, when the register knows it; its
 *                        pre-printed fields were then filled from it exactly
 */
public record IntakeResult(String fileName, String sha256, MediaType mediaType, LoadedPage source, PreparedImage page, OcrResult ocr,
                           String textLayer, ExtractedFields fields, Optional<SupplierMatch> supplierMatch,
                           Optional<KnownCitizen> citizenMatch, List<String> warningKeys, long millis,
                           Optional<PrintedFormValues> printedForm) {

    public IntakeResult {
        warningKeys = List.copyOf(warningKeys);
        printedForm = printedForm == null ? Optional.empty() : printedForm;
    }

    /** A result with no printed form recognised. */
    public IntakeResult(String fileName, String sha256, MediaType mediaType, LoadedPage source, PreparedImage page,
                        OcrResult ocr, String textLayer, ExtractedFields fields, Optional<SupplierMatch> supplierMatch,
                        Optional<KnownCitizen> citizenMatch, List<String> warningKeys, long millis) {
        this(fileName, sha256, mediaType, source, page, ocr, textLayer, fields, supplierMatch, citizenMatch,
                warningKeys, millis, Optional.empty());
    }

    /** The OCR text, one line per text line. */
    public String ocrText() {
        return ocr.text();
    }
}
