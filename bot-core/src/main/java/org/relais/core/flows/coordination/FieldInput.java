package org.relais.core.flows.coordination;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relais.core.text.Checked;

/**
 * Reads what a coordinator typed at a field's step into the field's values, or says why it cannot
 * be one: the form only (one title, a date, words). Whether the values make a valid action is
 * then the campaign validator's to say, as for a file.
 */
final class FieldInput {
    static final int MAX_TITLE = 100;
    static final int MAX_TEXT = 1000;

    /** The values, or the reason as a message key and its arguments. */
    sealed interface Read {
        record Values(List<String> values) implements Read {}

        record Refused(String key, List<Object> args) implements Read {}
    }

    private FieldInput() {}

    /** One message: a title, a description, a date, one wording, one person, or a line of words. */
    static Read read(EditorField field, String typed, LocalDate today) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return refused("editor.empty");
        }
        return switch (field) {
            case TITLE_FR, TITLE_EN -> {
                String title = text.replaceAll("\\s*\\R\\s*", " ");
                yield title.length() > MAX_TITLE ? refused("editor.too_long", MAX_TITLE) : one(title);
            }
            case DESCRIPTION_FR, DESCRIPTION_EN, WORDINGS_FR, WORDINGS_EN ->
                    text.length() > MAX_TEXT ? refused("editor.too_long", MAX_TEXT) : one(text);
            case TARGETS -> {
                Checked line = TargetLine.check(text);
                yield line instanceof Checked.Accepted accepted ? one(accepted.value())
                        : refused(((Checked.Rejected) line).reasonKey(), ((Checked.Rejected) line).args().toArray());
            }
            case REQUIRED_TAGS, OPTIONAL_TAGS, RELAY -> {
                List<String> words = words(text, field != EditorField.RELAY);
                yield words.isEmpty() ? refused("editor.empty") : new Read.Values(words);
            }
            case END_DATE -> date(text, today);
        };
    }

    private static Read date(String text, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return refused("editor.bad_date", text);
        }
        return day.isBefore(today) ? refused("editor.date_past", day.toString()) : one(day.toString());
    }

    /** Words separated by spaces or commas, each once (case aside); hashtags without their sign. */
    private static List<String> words(String text, boolean hashtags) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s\\p{Z},;]+")) {
            String value = hashtags ? word.replaceFirst("^[#＃]", "") : word;
            boolean seen = words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)));
            if (!value.isEmpty() && !seen) {
                words.add(value);
            }
        }
        return words;
    }

    private static Read one(String value) {
        return new Read.Values(List.of(value));
    }

    private static Read refused(String key, Object... args) {
        return new Read.Refused(key, List.of(args));
    }
}
