package org.relais.config.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.Problem;
import org.relais.core.i18n.Language;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML node tree as plain strings, never through SnakeYAML's type guessing: in YAML 1.1
 * {@code no} is false, {@code 2026-01-01} a Date and {@code 0123} an octal number, and none of that
 * may change a wording, an id or a language code. Every node read is marked in {@link Places};
 * every problem is collected with its place, so one run lists them all.
 *
 * <p>A key written with no value ({@code email:}) counts as absent. A list item of the wrong kind
 * is kept as an empty text so that the indexes the validator reports stay those of the file.
 */
final class Reading {
    private static final String DUPLICATE = "check.duplicate_key";

    private final String file;
    private final Places places = new Places();
    private final List<LocatedProblem> problems = new ArrayList<>();

    Reading(String file) {
        this.file = file;
    }

    Places places() {
        return places;
    }

    /** The problems in file order: the loader's and the validator's, interleaved by place. */
    List<LocatedProblem> problems() {
        List<LocatedProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(LocatedProblem::line).thenComparingInt(LocatedProblem::column));
        return sorted;
    }

    /** Reports a problem at {@code node}; the validator will not repeat anything at or under {@code path}. */
    void report(Node node, String path, String key, Object... args) {
        problems.add(new LocatedProblem(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                path, Problem.at(path, key, args)));
        places.spoil(path);
    }

    void add(LocatedProblem problem) {
        problems.add(problem);
    }

    /**
     * The values of a mapping by key, for the keys it may hold; reports a node that is not a
     * mapping, unknown keys (with the allowed ones, which catches {@code hastags}), keys written
     * twice, and missing required keys.
     */
    Optional<Map<String, Node>> map(Node node, String path, List<String> required, List<String> optional) {
        places.mark(path, node);
        if (!(node instanceof MappingNode mapping)) {
            report(node, path, "check.expected_map");
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = key(tuple.getKeyNode(), path);
            if (key.isEmpty()) {
                continue;
            }
            String name = key.get();
            String at = Places.child(path, name);
            if (!required.contains(name) && !optional.contains(name)) {
                List<String> allowed = new ArrayList<>(required);
                allowed.addAll(optional);
                report(tuple.getKeyNode(), at, "check.unknown_key", name, String.join(", ", allowed));
            } else if (seen.contains(name)) {
                report(tuple.getKeyNode(), at, DUPLICATE, name);
            } else if (isNull(tuple.getValueNode())) {
                places.mark(at, tuple.getKeyNode());
                if (required.contains(name)) {
                    report(tuple.getKeyNode(), at, "check.missing_key", name);
                }
            } else {
                places.mark(at, tuple.getValueNode());
                values.put(name, tuple.getValueNode());
            }
            seen.add(name);
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                missing(node, path, name);
            }
        }
        return Optional.of(values);
    }

    /** A required key is absent: reported at the mapping that lacks it. */
    void missing(Node mapping, String path, String key) {
        problems.add(new LocatedProblem(file, mapping.getStartMark().getLine() + 1,
                mapping.getStartMark().getColumn() + 1, path, Problem.at(path, "check.missing_key", key)));
        places.spoil(Places.child(path, key));
    }

    /** A mapping from language codes ({@code fr}, {@code en}) to values; other codes are reported. */
    Map<Language, Node> languages(Node node, String path) {
        Map<Language, Node> values = new EnumMap<>(Language.class);
        places.mark(path, node);
        if (!(node instanceof MappingNode mapping)) {
            report(node, path, "check.expected_map");
            return values;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> code = key(tuple.getKeyNode(), path);
            if (code.isEmpty()) {
                continue;
            }
            String at = Places.child(path, code.get());
            Optional<Language> language = language(code.get());
            if (language.isEmpty()) {
                report(tuple.getKeyNode(), at, "check.unknown_language", code.get());
            } else if (values.containsKey(language.get())) {
                report(tuple.getKeyNode(), at, DUPLICATE, code.get());
            } else if (!isNull(tuple.getValueNode())) {
                places.mark(at, tuple.getValueNode());
                values.put(language.get(), tuple.getValueNode());
            }
        }
        return values;
    }

    /** {@code {fr: …, en: …}}; the validator says which translation is missing. */
    Localized localized(Node node, String path) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        languages(node, path).forEach((language, value) ->
                text(value, Places.child(path, language.code())).ifPresent(text -> texts.put(language, text)));
        return new Localized(texts);
    }

    /**
     * An optional {@code {fr: …, en: …}} that the core's validator does not check: given in one
     * language, it must be given in all. A missing translation is placed as the validator places its
     * own (on the mapping that lacks it), unless the loader already reported that place (a list
     * instead of a text), and is not repeated should the validator learn the same check.
     */
    Localized allOrNone(Node node, String path) {
        Localized localized = localized(node, path);
        if (!localized.texts().isEmpty()) {
            for (Language language : Language.values()) {
                String at = Places.child(path, language.code());
                if (localized.find(language).isEmpty()) {
                    places.locate(file, Problem.at(at, "check.missing_translation", language.code())).ifPresent(problem -> {
                        problems.add(problem);
                        places.spoil(at);
                    });
                }
            }
        }
        return localized;
    }

    /** A scalar's text, stripped (a block scalar ends with a line break); reports any other node. */
    Optional<String> text(Node node, String path) {
        places.mark(path, node);
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        report(node, path, "check.expected_text");
        return Optional.empty();
    }

    /** The items of a list, each marked at {@code path[i]}; reports any other node. */
    List<Node> list(Node node, String path) {
        places.mark(path, node);
        if (!(node instanceof SequenceNode sequence)) {
            report(node, path, "check.expected_list");
            return List.of();
        }
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            places.mark(Places.item(path, i), items.get(i));
        }
        return items;
    }

    /** A list of texts; an item that is not a text is reported and kept as "" to keep the indexes. */
    List<String> texts(Node node, String path) {
        List<Node> items = list(node, path);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            texts.add(text(items.get(i), Places.item(path, i)).orElse(""));
        }
        return texts;
    }

    private Optional<String> key(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        report(node, Places.child(path, "?"), "check.expected_text");
        return Optional.empty();
    }

    /** Exactly a code Relais speaks: {@code fr-CA} or {@code FR} are reported, not guessed. */
    private static Optional<Language> language(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** {@code key:}, {@code key: ~} and {@code key: null}; a quoted {@code "null"} is a text. */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
