package org.relais.config;

import com.google.inject.Injector;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.relais.config.campaign.CampaignCheck;
import org.relais.config.campaign.CampaignFiles;
import org.relais.config.campaign.CampaignTransfer;
import org.relais.core.port.CampaignCatalog;
import org.relais.store.jdbc.JdbcStore;

/** {@code relais campaign check FILE}, {@code import FILE}, {@code export [FILE]}. */
final class CampaignCommand {
    static final String USAGE = "relais: usage: relais campaign check FILE | import FILE | export [FILE]";

    private CampaignCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        String verb = args.size() > 1 ? args.get(1) : "";
        Clock clock = Clock.systemUTC();
        if (verb.equals("check") && args.size() == 3) {
            return CampaignCheck.run(Path.of(args.get(2)), settings.language(), clock, out);
        }
        if (verb.equals("import") && args.size() == 3) {
            // The store alone: the campaign of the settings, which the file replaces, need not be valid.
            try (JdbcStore store = JdbcStore.open(RelaisModule.jdbc(settings))) {
                return CampaignTransfer.importFile(Path.of(args.get(2)), settings.language(), store, clock, out);
            }
        }
        if (verb.equals("export") && args.size() <= 3) {
            Injector injector = Main.injector(settings);
            Optional<Path> file = args.size() == 3 ? Optional.of(Path.of(args.get(2))) : Optional.empty();
            String fallback = settings.campaign().map(Path::toString).orElse(CampaignFiles.BUNDLED);
            try (JdbcStore store = injector.getInstance(JdbcStore.class)) {
                return CampaignTransfer.export(file, settings.language(), store, injector.getInstance(CampaignCatalog.class),
                        fallback, clock, out);
            }
        }
        err.println(USAGE);
        return 2;
    }
}
