package org.relais.config.campaign;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.relais.core.i18n.Language;

/**
 * {@code relais campaign check FILE}: lets a coordinator test a campaign file before the bot serves
 * it, with every problem on its own {@code file:line:column: path: message} line, or a summary of
 * what volunteers will see today.
 */
public final class CampaignCheck {
    private CampaignCheck() {}

    /**
     * @param clock gives "today" for the count of actions under way (read in the campaign's zone)
     * @return {@link CampaignLoad#OK} (0), {@link CampaignLoad#PROBLEMS} (1) or
     *     {@link CampaignLoad#UNREADABLE} (2)
     */
    public static int run(Path file, Language language, Clock clock, PrintStream out) {
        CampaignLoad load = CampaignFiles.load(file);
        load.report(language, clock).forEach(out::println);
        out.flush();
        return load.exitStatus();
    }
}
