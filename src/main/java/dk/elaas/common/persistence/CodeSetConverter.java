package dk.elaas.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a set of codes (e.g. services) as one sorted, comma-separated column. One column keeps the
 * value a plain property: dirty checking, the audit trail and row-level sync see it like any other field.
 */
@Converter
public final class CodeSetConverter implements AttributeConverter<SortedSet<String>, String> {

    @Override
    public String convertToDatabaseColumn(SortedSet<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public SortedSet<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static SortedSet<String> copyOf(java.util.Collection<String> codes) {
        return codes == null ? new TreeSet<>() : new TreeSet<>(codes);
    }

    public static SortedSet<String> none() {
        return Collections.emptySortedSet();
    }
}
