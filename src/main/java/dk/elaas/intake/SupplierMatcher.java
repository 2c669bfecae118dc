package dk.elaas.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches the supplier read on a form against the register: by CVR first (a valid CVR read with a
 * passing checksum is nearly always right), else by a tolerant name comparison that ignores case,
 * punctuation, Danish letters OCR confuses and company suffixes (ApS, A/S, I/S).
 */
public final class SupplierMatcher {

    /** Names at least this similar count as the same company. */
    static final double NAME_THRESHOLD = 0.85;

    private SupplierMatcher() {
    }

    public static Optional<SupplierMatch> match(String name, String cvr, List<KnownSupplier> known) {
        if (cvr != null) {
            for (KnownSupplier s : known) {
                if (cvr.equals(s.cvr())) {
                    return Optional.of(new SupplierMatch(s, 1, true));
                }
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = normalise(name);
        SupplierMatch best = null;
        for (KnownSupplier s : known) {
            double score = Fuzzy.similarity(n, normalise(s.name()));
            if (score >= NAME_THRESHOLD && (best == null || score > best.score())) {
                best = new SupplierMatch(s, score, false);
            }
        }
        return Optional.ofNullable(best);
    }

    static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("a/s", " ").replace("i/s", " ")
                .replaceAll("\\baps\\b", " ").replace("&", " og ");
        return Fuzzy.folded(s);
    }
}
