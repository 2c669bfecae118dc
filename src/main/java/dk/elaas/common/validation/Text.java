package dk.elaas.common.validation;

/** Small string helpers shared by the validators. */
final class Text {

    private Text() {
    }

    static boolean isBlank(String s) {
        return s == null || strip(s).isEmpty();
    }

    /** Trims ordinary and non-breaking white space (pasted text often has U+00A0). */
    static String strip(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }

    /** Removes every white-space character, including non-breaking spaces. */
    static String removeWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isAsciiDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
