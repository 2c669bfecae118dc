package dk.elaas.intake;

import java.util.List;

/**
 * Reads one region of the prepared page again, as a single text line. Field extraction asks for it
 * when the page-wide reading of a value did not validate: a crop read on its own, limited to the
 * characters the field can hold, often comes out right where the page's layout analysis did not.
 */
interface LineReader {

    /** No second readings (unit tests, or when OCR is not at hand). */
    LineReader NONE = (region, chars) -> List.of();

    /** What a field may contain, as far as the engine is told. */
    enum Chars {
        /** CPR, CVR, phone and postcode numbers, numeric dates. */
        DIGITS("0123456789-+./ "),
        /** Names, addresses, dates with a month name. */
        ANY(null);

        final String whitelist;

        Chars(String whitelist) {
            this.whitelist = whitelist;
        }
    }

    /** One reading of a region: its text and the engine's mean word confidence (0-100). */
    record Reading(String text, double confidence) {
    }

    /** Readings of {@code region} (one per image variant); empty when the region cannot be read. */
    List<Reading> read(Box region, Chars chars);

    /**
     * Readings of {@code region} widened, within {@code bounds} (the space between the value's label
     * and the next), to the handwriting beside it that OCR left out.
     */
    default List<Reading> read(Box region, Box bounds, Chars chars) {
        return read(region, chars);
    }
}
