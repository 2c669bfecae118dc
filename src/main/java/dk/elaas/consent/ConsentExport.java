package dk.elaas.consent;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the file, and the entries in it (zip) or the number of data rows (CSV). */
public record ConsentExport(Path file, List<String> entries, int rows) {

    public ConsentExport {
        entries = List.copyOf(entries);
    }
}
