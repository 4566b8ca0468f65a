package org.relais.config.campaign;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;

/**
 * {@code relais campaign import FILE} and {@code relais campaign export [FILE]}: campaigns prepared
 * as files go into the database, where coordinators go on editing them in the chat, and come out as
 * files again.
 *
 * <p>Import <em>replaces</em> the stored campaign: the file becomes the campaign in force, whole
 * (what it closes is closed, an action it lacks is gone), the file being the truth the coordinator
 * prepared and checked. It refuses a file with problems with the lines of {@code check}, and
 * changes nothing then. It says what changed, and names the actions it removed, whose statistics
 * stay (they are kept by id).
 */
public final class CampaignTransfer {
    private CampaignTransfer() {}

    /** @return {@link CampaignLoad#OK} once imported, else the status {@code check} gives the file */
    public static int importFile(Path file, Language language, Store store, Clock clock, PrintStream out) {
        CampaignLoad load = CampaignFiles.load(file);
        if (!load.isValid()) {
            load.report(language, clock).forEach(out::println);
            out.println(Messages.get(language, "import.refused"));
            return load.exitStatus();
        }
        Campaign campaign = load.campaign().orElseThrow();
        Optional<Campaign> before = store.inTransaction(tx -> {
            Optional<Campaign> stored = tx.campaigns().load();
            tx.campaigns().replace(campaign);
            return stored;
        });
        report(campaign, before, language, out);
        return CampaignLoad.OK;
    }

    private static void report(Campaign campaign, Optional<Campaign> before, Language language, PrintStream out) {
        int added = 0;
        int changed = 0;
        for (Action action : campaign.actions()) {
            Optional<Action> old = before.flatMap(c -> c.action(action.id()));
            if (old.isEmpty()) {
                added++;
            } else if (!old.get().equals(action) || before.get().isClosed(action.id()) != campaign.isClosed(action.id())) {
                changed++;
            }
        }
        int same = campaign.actions().size() - added - changed;
        out.println(Messages.get(language, "import.done", campaign.actions().size(), added, changed, same));
        List<String> removed = new ArrayList<>();
        before.ifPresent(old -> old.actions().stream().map(Action::id).filter(id -> campaign.action(id).isEmpty())
                .forEach(removed::add));
        if (!removed.isEmpty()) {
            out.println(Messages.get(language, "import.removed", String.join(", ", removed)));
        }
    }

    /**
     * Writes the campaign in force as YAML, to {@code file} or, without one, to {@code out}.
     *
     * @param fallback what the campaign in force is when the database holds none (the settings'
     *     file, or the bundled campaign), for the file's first line
     * @return 0, or {@link CampaignLoad#UNREADABLE} (2) when the file cannot be written
     */
    public static int export(Optional<Path> file, Language language, Store store, CampaignCatalog catalog, String fallback,
            Clock clock, PrintStream out) {
        record InForce(Campaign campaign, boolean stored) {}
        InForce inForce = store.inTransaction(tx -> new InForce(catalog.current(tx), tx.campaigns().version().isPresent()));
        String source = inForce.stored() ? Messages.get(language, "export.from_database") : fallback;
        String comment = Messages.get(language, "export.comment", source, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        String yaml = CampaignYaml.write(inForce.campaign(), comment);
        if (file.isEmpty()) {
            out.print(yaml);
            out.flush();
            return CampaignLoad.OK;
        }
        try {
            Files.writeString(file.get(), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println(Messages.get(language, "export.cannot_write", file.get(), e.getClass().getSimpleName()));
            return CampaignLoad.UNREADABLE;
        }
        out.println(Messages.get(language, "export.done", file.get(), inForce.campaign().actions().size()));
        return CampaignLoad.OK;
    }
}
