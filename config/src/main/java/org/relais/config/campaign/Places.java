package org.relais.config.campaign;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.core.campaign.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where each part of the campaign was written, so a problem the core's validator names by path
 * ({@code actions[2].wordings.en[1]}) gets a line and a column.
 *
 * <p>Three facts are kept. Marks: the start of the node each file path names. Aliases: model paths
 * that the file spells otherwise (the campaign's {@code name} is written under {@code campaign:};
 * an action's required hashtags start with the campaign-wide ones, so index 0 may come from
 * {@code campaign.hashtags[0]}). Spoiled paths: places the loader already reported, whose
 * consequences the validator would only repeat (a missing {@code title} also lacks its
 * translations).
 */
final class Places {
    private final Map<String, Mark> marks = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> spoiled = new HashSet<>();

    void mark(String path, Node node) {
        marks.putIfAbsent(path, node.getStartMark());
    }

    void alias(String modelPath, String filePath) {
        aliases.put(modelPath, filePath);
    }

    void spoil(String path) {
        spoiled.add(path);
    }

    /** The validator's problem placed in the file, or empty when the loader already said it. */
    Optional<LocatedProblem> locate(String file, Problem problem) {
        String path = filePath(problem.path());
        if (isSpoiled(path)) {
            return Optional.empty();
        }
        Mark mark = nearestMark(path);
        Problem renamed = new Problem(path, problem.key(), problem.args());
        return Optional.of(mark == null
                ? new LocatedProblem(file, 1, 1, path, renamed)
                : new LocatedProblem(file, mark.getLine() + 1, mark.getColumn() + 1, path, renamed));
    }

    private String filePath(String modelPath) {
        for (String at = modelPath; ; at = parent(at)) {
            String alias = aliases.get(at);
            if (alias != null) {
                return alias + modelPath.substring(at.length());
            }
            if (at.isEmpty()) {
                return modelPath;
            }
        }
    }

    /** The node the path names or, when it is not in the file (a missing translation), its nearest parent. */
    private Mark nearestMark(String path) {
        for (String at = path; ; at = parent(at)) {
            Mark mark = marks.get(at);
            if (mark != null || at.isEmpty()) {
                return mark;
            }
        }
    }

    private boolean isSpoiled(String path) {
        for (String at = path; ; at = parent(at)) {
            if (spoiled.contains(at)) {
                return true;
            }
            if (at.isEmpty()) {
                return false;
            }
        }
    }

    /** {@code a.b[2]} → {@code a.b} → {@code a} → the empty root path. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
