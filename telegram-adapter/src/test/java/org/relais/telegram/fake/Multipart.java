package org.relais.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small {@code multipart/form-data} parser (RFC 7578), enough for what OkHttp sends. */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /**
     * One part.
     *
     * @param name the form field's name
     * @param fileName the file name, null for a plain field
     * @param content the bytes
     */
    record Part(String name, String fileName, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw ApiError.badRequest("can't parse multipart/form-data: no boundary");
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int start = position + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // the closing delimiter
            }
            start += 2; // the CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw ApiError.badRequest("can't parse multipart/form-data: no closing boundary");
            }
            parts.add(part(Arrays.copyOfRange(body, start, Math.max(start, next - 2)))); // minus the CRLF before it
            position = next;
        }
        return parts;
    }

    private static Part part(byte[] raw) {
        int headerEnd = indexOf(raw, CRLF_CRLF, 0);
        if (headerEnd < 0) {
            throw ApiError.badRequest("can't parse multipart/form-data: a part has no headers");
        }
        String headers = new String(raw, 0, headerEnd, StandardCharsets.UTF_8);
        String disposition = headers.lines()
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
                .findFirst()
                .orElse("");
        Matcher name = NAME.matcher(disposition);
        Matcher fileName = FILE_NAME.matcher(disposition);
        return new Part(name.find() ? name.group(1) : "", fileName.find() ? fileName.group(1) : null,
                Arrays.copyOfRange(raw, headerEnd + CRLF_CRLF.length, raw.length));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
