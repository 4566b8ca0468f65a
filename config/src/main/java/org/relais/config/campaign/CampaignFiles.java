package org.relais.config.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.CampaignValidator;
import org.relais.core.campaign.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads campaign files (the format is in {@code docs/campaign-format.md}) and the campaign bundled
 * in the jar, runs the core's {@link CampaignValidator} on the result, and places every problem,
 * the loader's and the validator's, at a line and column of the file.
 */
public final class CampaignFiles {
    /** The campaign Relais serves when no file is configured, from the guide it was born from. */
    public static final String BUNDLED = "org/relais/config/campaign/default.yaml";

    private CampaignFiles() {}

    /** Reads a UTF-8 file; problems name it as {@code file} was written, as the user typed it. */
    public static CampaignLoad load(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, Problem.at("", "check.is_folder"));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return unreadable(name, whyUnreadable(e));
        }
        return parse(name, text);
    }

    public static CampaignLoad loadBundled() {
        try (InputStream in = CampaignFiles.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its bundled campaign " + BUNDLED);
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a campaign from its text; {@code file} is the name problems carry. */
    public static CampaignLoad parse(String file, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return syntaxError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, detail(e));
        } catch (ReaderException e) {
            // The character itself, as U+0007, rather than SnakeYAML's English sentence about it.
            int[] place = lineAndColumn(text, e.getPosition());
            return syntaxError(file, place[0], place[1], String.format(Locale.ROOT, "U+%04X", e.getCodePoint()));
        } catch (YAMLException e) {
            return syntaxError(file, 1, 1, e.getMessage());
        }
        Reading reading = new Reading(file);
        Optional<Campaign> campaign = Optional.empty();
        if (root == null) {
            CampaignReader.ROOT_KEYS.forEach(key ->
                    reading.add(new LocatedProblem(file, 1, 1, "", Problem.at("", "check.missing_key", key))));
        } else {
            campaign = new CampaignReader(reading).read(root);
        }
        campaign.ifPresent(built -> CampaignValidator.validate(built)
                .forEach(problem -> reading.places().locate(file, problem).ifPresent(reading::add)));
        return new CampaignLoad(file, campaign, reading.problems(), false);
    }

    /**
     * SnakeYAML's own words: where it noticed the error, and what it was reading, which is often
     * where the mistake is ({@code expected ',' or '}'} on the line after an unclosed brace).
     */
    private static String detail(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        Mark context = e.getContextMark();
        if (e.getProblem() == null || e.getContext() == null || context == null) {
            return problem;
        }
        return problem + " (" + e.getContext() + ", " + (context.getLine() + 1) + ":" + (context.getColumn() + 1) + ")";
    }

    private static CampaignLoad syntaxError(String file, int line, int column, String detail) {
        Problem problem = Problem.at("", "check.yaml_syntax", detail);
        return new CampaignLoad(file, Optional.empty(), List.of(new LocatedProblem(file, line, column, "", problem)), false);
    }

    /** 1-based line and column of a code point index, as SnakeYAML's reader counts. */
    private static int[] lineAndColumn(String text, int codePoint) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePoint; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static CampaignLoad unreadable(String file, Problem problem) {
        return new CampaignLoad(file, Optional.empty(), List.of(new LocatedProblem(file, 0, 0, "", problem)), true);
    }

    /**
     * Why, in the report's language: never the system's own sentence ("Is a directory", "Input
     * length = 1"), which is English whatever the coordinator reads. A cause no key names (no
     * permission, a disk error) is given as the exception's type, such as AccessDeniedException.
     */
    private static Problem whyUnreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Problem.at("", "check.file_missing");
        }
        if (e instanceof CharacterCodingException) {
            return Problem.at("", "check.not_utf8");
        }
        return Problem.at("", "check.file_unreadable", e.getClass().getSimpleName());
    }
}
