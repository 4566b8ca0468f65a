package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.relais.core.campaign.Target;
import org.relais.core.text.Checked;
import org.relais.core.text.Handles;

/**
 * A person to call on as a coordinator types one on a line: a name, then their X handle (with its
 * {@code @}, or an x.com address), their e-mail address and their Facebook page ({@code https://}),
 * in any order: {@code Lucie Charlebois @luciecharlebois lucie@example.org}. Only the form is read
 * here; whether the handle or the address is valid is the campaign validator's to say.
 */
final class TargetLine {
    private TargetLine() {}

    /** The line rewritten in its usual form, or why it is not one person. */
    static Checked check(String line) {
        List<String> handles = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<String> name = new ArrayList<>();
        for (String raw : line.strip().split("[\\s\\p{Z}]+")) {
            String word = raw.replaceAll("^[,;]+|[,;]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (isHandle(word)) {
                handles.add(handle(word));
            } else if (word.startsWith("https://") || word.startsWith("http://")) {
                pages.add(word);
            } else if (word.indexOf('@') > 0) {
                emails.add(word.startsWith("mailto:") ? word.substring("mailto:".length()) : word);
            } else {
                name.add(word);
            }
        }
        if (handles.size() > 1 || emails.size() > 1 || pages.size() > 1) {
            return Checked.rejected(line, "editor.target_one", line.strip());
        }
        if (name.isEmpty()) {
            return Checked.rejected(line, "editor.target_name");
        }
        return Checked.accepted(format(new Target(String.join(" ", name), first(handles), first(emails), first(pages), false)));
    }

    /** The person of a line {@link #check} accepted. */
    static Target parse(String line) {
        List<String> words = List.of(line.strip().split(" "));
        String name = words.stream().filter(w -> !w.startsWith("@") && !w.startsWith("https://") && !w.startsWith("http://")
                && w.indexOf('@') <= 0).reduce((a, b) -> a + " " + b).orElse("");
        Optional<String> handle = words.stream().filter(w -> w.startsWith("@")).map(w -> w.substring(1)).findFirst();
        Optional<String> page = words.stream().filter(w -> w.startsWith("https://") || w.startsWith("http://")).findFirst();
        Optional<String> email = words.stream().filter(w -> w.indexOf('@') > 0 && !w.startsWith("http")).findFirst();
        return new Target(name, handle, email, page, false);
    }

    /** {@code Name @handle address page}, what {@link #parse} reads back. */
    static String format(Target target) {
        StringJoiner line = new StringJoiner(" ");
        line.add(target.name());
        target.handle().ifPresent(handle -> line.add("@" + handle));
        target.email().ifPresent(line::add);
        target.facebookPage().ifPresent(line::add);
        return line.toString();
    }

    private static boolean isHandle(String word) {
        return word.startsWith("@") || word.startsWith("＠") || word.startsWith(".@")
                || word.matches("(?i)(?:https?://)?(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/[^/?#]+/?");
    }

    /** The bare name when it is a valid one; otherwise as typed without its sign, for the validator to explain. */
    private static String handle(String word) {
        Checked verdict = Handles.check(word);
        if (verdict instanceof Checked.Accepted accepted) {
            return accepted.value();
        }
        return word.replaceFirst("^\\.?[@＠]", "");
    }

    private static Optional<String> first(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
