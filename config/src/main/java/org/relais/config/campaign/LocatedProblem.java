package org.relais.config.campaign;

import org.relais.core.campaign.Problem;
import org.relais.core.i18n.Language;

/**
 * A campaign problem with the place a coordinator must edit: the file, the 1-based line and column
 * of the node its path names (for a missing key, of the mapping that lacks it), and the path as the
 * file spells it ({@code actions[0].targets[1].handle}). Printed as {@code file:line:column: path:
 * message}, the form editors and terminals turn into links.
 *
 * @param line 1-based; 0 when the problem is about the whole file (it cannot be read)
 * @param path empty when the problem is about the whole document
 */
public record LocatedProblem(String file, int line, int column, String path, Problem problem) {

    /** The message key, such as {@code check.unknown_key}: what tests and tools compare. */
    public String key() {
        return problem.key();
    }

    public String message(Language language) {
        return problem.message(language);
    }

    /** {@code file:line:column: path: message}, without the parts that do not apply. */
    public String format(Language language) {
        StringBuilder line = new StringBuilder(file);
        if (this.line > 0) {
            line.append(':').append(this.line).append(':').append(column);
        }
        line.append(": ");
        if (!path.isEmpty()) {
            line.append(path).append(": ");
        }
        return line.append(message(language)).toString();
    }
}
