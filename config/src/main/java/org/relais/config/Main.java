package org.relais.config;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.config.campaign.InvalidCampaignException;
import org.relais.config.serve.Serve;
import org.relais.config.stats.XChartPainter;
import org.relais.console.ConsoleChat;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Engine;
import org.relais.core.port.StoreException;
import org.relais.store.jdbc.JdbcStore;

/**
 * {@code relais [console]}, {@code relais campaign check|import|export FILE}, {@code relais bench}. With no
 * settings at all, {@code relais} opens the terminal chat on the embedded database and the bundled
 * campaign. Exit status: 0 done, 1 could not run (invalid campaign, database in use), 2 bad usage or
 * settings.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "Usage: relais [command]",
            "  console                 chat with Relais in this terminal (the default)",
            "  serve                   run on the platforms whose settings are present (Telegram, Slack)",
            "  campaign check FILE     list every problem of a campaign file, with its line",
            "  campaign import FILE    make a campaign file the one in force, in the database (it replaces the stored one)",
            "  campaign export [FILE]  write the campaign in force as a campaign file (to standard output without FILE)",
            "  bench [EVENTS]          measure the engine on the embedded database",
            "  help                    this help",
            "Settings are environment variables: see README.md (RELAIS_DB_URL, RELAIS_CAMPAIGN, RELAIS_LANGUAGE, …).");

    private Main() {}

    public static void main(String[] args) {
        XChartPainter.headless(); // before anything touches AWT: charts are drawn without a display
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "console" : args.get(0);
        try {
            if (command.equals("console") || command.equals("bench")) {
                System.setProperty("relais.log.level", System.getenv().getOrDefault(Settings.LOG_LEVEL, "WARN"));
            }
            Settings settings = Settings.fromEnvironment();
            settings.unknown().forEach(name -> err.println("relais: " + name + " is not a setting of this version; ignored"
                    + " (known: " + String.join(", ", Settings.KNOWN) + ")"));
            switch (command) {
                case "console":
                    return console(settings, out);
                case "serve":
                    return Serve.run(settings, injector(settings), err);
                case "campaign":
                    return CampaignCommand.run(args, settings, out, err);
                case "bench":
                    return Benchmark.run(args.size() > 1 ? Integer.parseInt(args.get(1)) : Benchmark.DEFAULT_EVENTS, out);
                case "help":
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println("relais: unknown command '" + command + "'\n" + USAGE);
                    return 2;
            }
        } catch (SettingsException | NumberFormatException e) {
            err.println("relais: " + e.getMessage());
            return 2;
        } catch (InvalidCampaignException e) {
            e.lines().forEach(err::println);
            return 1;
        } catch (StoreException e) {
            err.println("relais: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Who runs the terminal chat: the operating system's user, as the chat's person. */
    static final String CONSOLE_USER = System.getProperty("user.name", "local");

    /**
     * The terminal chat. Its person coordinates: they run Relais on their own machine and database
     * (and only the terminal makes {@code console} people: nobody on Telegram or Slack passes for them).
     */
    private static int console(Settings settings, PrintStream out) {
        Injector injector = injector(settings, Set.of(new ConversationKey(ConsoleChat.PLATFORM, CONSOLE_USER)));
        try (JdbcStore store = injector.getInstance(JdbcStore.class)) {
            Engine engine = injector.getInstance(Engine.class);
            BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
                    StandardCharsets.UTF_8));
            boolean interactive = System.console() != null;
            return new ConsoleChat(engine, in, out, interactive, CONSOLE_USER,
                    Optional.of(dataDirectory(settings).resolve("stats"))).run();
        } catch (java.io.IOException e) {
            throw new StoreException("could not read the terminal: " + e.getMessage(), e);
        }
    }

    /** Beside the embedded database, else {@code ./relais-data}: where local files (statistics charts) go. */
    static Path dataDirectory(Settings settings) {
        return RelaisModule.jdbc(settings).embeddedDirectory().orElse(Path.of("relais-data").toAbsolutePath());
    }

    /** Guice wraps what providers throw; the person needs the cause, not the wrapping. */
    static Injector injector(Settings settings) {
        return injector(settings, Set.of());
    }

    private static Injector injector(Settings settings, Set<ConversationKey> alsoCoordinating) {
        try {
            Injector injector = Guice.createInjector(new RelaisModule(settings, alsoCoordinating));
            injector.getInstance(Engine.class);
            return injector;
        } catch (ProvisionException | CreationException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof RuntimeException known
                        && (known instanceof InvalidCampaignException || known instanceof StoreException
                                || known instanceof SettingsException)) {
                    throw known;
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
