package org.relais.core.flows.coordination;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.CampaignValidator;
import org.relais.core.campaign.Problem;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Turn;

/**
 * The campaign validator's verdict on an action made or edited in the chat, the same checks as
 * {@code relais campaign check}: the action is put in the campaign in force and the whole is
 * validated, and the problems at that action's place are its own. Each is told with the field it
 * is about ("Texts (French) no. 2: …") rather than a file path.
 */
final class EditorChecks {
    private static final Pattern PLACE = Pattern.compile("actions\\[(\\d+)]\\.?(.*)");
    private static final Pattern ITEM = Pattern.compile("\\[(\\d+)]");

    private EditorChecks() {}

    /** Every problem of {@code action} in the campaign (where it replaces the action of its id, or comes last). */
    static List<Problem> problems(Campaign campaign, Action action) {
        Campaign with = campaign.withAction(action);
        String at = "actions[" + with.actions().indexOf(action) + "]";
        return CampaignValidator.validate(with).stream()
                .filter(problem -> problem.path().equals(at) || problem.path().startsWith(at + ".") || problem.path().startsWith(at + "["))
                .toList();
    }

    /** Those of the problems about one field, or one item of it ({@code wordings.fr[2]}). */
    static List<Problem> about(List<Problem> problems, String fieldPath) {
        return problems.stream().filter(problem -> {
            String inAction = inAction(problem.path());
            return inAction.equals(fieldPath) || inAction.startsWith(fieldPath + ".") || inAction.startsWith(fieldPath + "[");
        }).toList();
    }

    /** "• Texts (French) no. 2: This wording is empty." one a line, after what {@code text} holds. */
    static RichText describe(Turn turn, List<Problem> problems, RichText text) {
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            text.plain((i > 0 ? "\n• " : "• ") + turn.t("editor.problem", label(turn, inAction(problem.path())),
                    problem.message(turn.language())));
        }
        return text;
    }

    /** The field's label, and the item's number when the problem is about one item of a list. */
    private static String label(Turn turn, String inAction) {
        Optional<EditorField> field = List.of(EditorField.values()).stream()
                .filter(f -> inAction.equals(f.path()) || inAction.startsWith(f.path() + ".") || inAction.startsWith(f.path() + "["))
                .findFirst();
        if (field.isEmpty()) {
            return turn.t("editor.label.action");
        }
        String label = turn.t("editor.label." + field.get().code());
        // Wordings and people are numbered as the coordinator sent them; a hashtag or an address is
        // quoted by the message itself (and the required hashtags start with the campaign's own).
        Matcher item = ITEM.matcher(inAction.substring(field.get().path().length()));
        return item.lookingAt() && field.get().kind() == EditorField.Kind.LIST
                ? turn.t("editor.item", label, Integer.parseInt(item.group(1)) + 1) : label;
    }

    /** {@code actions[3].wordings.fr[1]} → {@code wordings.fr[1]}. */
    private static String inAction(String path) {
        Matcher m = PLACE.matcher(path);
        return m.matches() ? m.group(2) : path;
    }
}
