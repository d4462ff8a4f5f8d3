package org.amerules.json;

import org.jspecify.annotations.Nullable;

/**
 * Makes values safe to print in a line of text: control characters (line breaks among them), line
 * and paragraph separators, bidirectional overrides and lone surrogates are written as {@code \n},
 * {@code \r}, {@code \t} or {@code \}{@code uXXXX}, and a backslash as two, so that an id can
 * never start a new line or disguise itself in a report; long values are cut.
 */
public final class SafeText {
    /** The most characters of a value quoted in an error message. */
    public static final int MAX_QUOTED = 40;

    private SafeText() {
    }

    /**
     * The text with every character that could break or disguise a line escaped.
     *
     * @param s any text, or null
     * @return the escaped text; {@code "null"} for null
     */
    public static String escape(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = replacement(s, i, c);
            if (rep == null) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (rep.isEmpty()) {
                // a valid surrogate pair: both halves kept
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(rep);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Null to keep the character, "" for a valid surrogate pair, else its escape. */
    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return "";
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF'
                || Character.isSurrogate(c)) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /**
     * A value as an error message quotes it: in double quotes, cut to {@link #MAX_QUOTED}
     * characters (then ending with {@code …}), escaped, a double quote inside written {@code \"}.
     *
     * @param value the value
     * @return the quoted value
     */
    public static String quote(String value) {
        String cut = cut(value, MAX_QUOTED);
        return "\"" + escape(cut).replace("\"", "\\\"") + (cut.length() < value.length() ? "…" : "") + "\"";
    }

    /**
     * The first {@code length} characters, one less rather than half a surrogate pair.
     *
     * @param s the text
     * @param length the most characters kept
     * @return {@code s} when short enough, else its beginning
     */
    public static String cut(String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length);
    }
}
