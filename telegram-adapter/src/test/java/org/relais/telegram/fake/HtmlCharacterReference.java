package org.relais.telegram.fake;

import java.nio.charset.StandardCharsets;

/**
 * TDLib's {@code decode_html_entity}: {@code &lt; &gt; &amp; &quot;} and numeric references ({@code &#NNN;},
 * {@code &#xHHH;}), the {@code ;} being optional. Anything else is not a reference, and stays text.
 */
final class HtmlCharacterReference {

    private HtmlCharacterReference() {
    }

    /**
     * The reference starting at {@code position} (a {@code &}) in UTF-8 {@code in}.
     *
     * @return {code point, position after the reference}, or null if there is none there
     */
    static int[] decode(byte[] in, int position) {
        int end = position + 1;
        long code = 0;
        if (at(in, position + 1) == '#') {
            end++;
            if (at(in, position + 2) == 'x') {
                end++;
                while (Character.digit(at(in, end), 16) >= 0 && at(in, end) < 0x80) {
                    code = Math.min(code * 16 + Character.digit(at(in, end++), 16), Integer.MAX_VALUE);
                }
            } else {
                while (at(in, end) >= '0' && at(in, end) <= '9') {
                    code = Math.min(code * 10 + at(in, end++) - '0', Integer.MAX_VALUE);
                }
            }
            if (code == 0 || code >= 0x10ffff || end - position >= 10) {
                return null;
            }
        } else {
            while (at(in, end) < 0x80 && Character.isLetter(at(in, end))) {
                end++;
            }
            code = switch (new String(in, position + 1, end - position - 1, StandardCharsets.US_ASCII)) {
                case "lt" -> '<';
                case "gt" -> '>';
                case "amp" -> '&';
                case "quot" -> '"';
                default -> 0;
            };
            if (code == 0) {
                return null;
            }
        }
        return new int[] {(int) code, at(in, end) == ';' ? end + 1 : end};
    }

    private static int at(byte[] in, int index) {
        return index < in.length ? in[index] & 0xff : 0;
    }
}
