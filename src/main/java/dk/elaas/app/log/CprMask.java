package dk.elaas.app.log;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a CPR number (ddmmyy-xxxx or ten digits in a row) before it reaches a log:
 * a log file is read by whoever supports the PC, and a CPR is never theirs to see.
 */
public final class CprMask {

    /** Ten digits not part of a longer number, with an optional dash or space after the sixth. */
    private static final Pattern CPR = Pattern.compile("(?<!\\d)\\d{6}[- ]?\\d{4}(?!\\d)");
    public static final String MASK = "******-****";

    private CprMask() {
    }

    public static String mask(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        return CPR.matcher(text).replaceAll(MASK);
    }
}
