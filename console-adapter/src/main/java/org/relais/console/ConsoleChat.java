package org.relais.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;

/**
 * A chat with the engine in a terminal, for trying a campaign, demos and scripted checks. A number
 * presses the button shown with it, a line starting with {@code /} is a command, anything else is
 * text. Read line by line, so a script can be piped in; the chat ends at end of input, with status 0.
 * A picture (a statistics chart) is written as a PNG file under a directory, and the chat says where.
 */
public final class ConsoleChat {
    public static final String PLATFORM = "console";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");
    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z_]{1,32})(?:\\s+(.*))?");
    private static final List<String> QUIT = List.of("quitter", "quit", "exit");

    private final Engine engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final ConversationKey key;
    private final ConsoleRenderer renderer;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private List<String> choices = List.of();
    private long deliveries;

    /**
     * @param interactive a person at a terminal: a prompt and bold text; otherwise each input line is
     *     echoed after {@code > } so a transcript reads as a conversation
     */
    public ConsoleChat(Engine engine, BufferedReader in, PrintStream out, boolean interactive, String userId) {
        this(engine, in, out, interactive, userId, Optional.empty());
    }

    /** @param pictures where pictures are written as files; without it, only what they show is printed */
    public ConsoleChat(Engine engine, BufferedReader in, PrintStream out, boolean interactive, String userId,
            Optional<Path> pictures) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.key = new ConversationKey(PLATFORM, userId);
        this.renderer = new ConsoleRenderer(interactive, picture -> pictures.map(dir -> save(dir, picture))
                .orElse("🖼 " + picture.alt()));
    }

    /** Writes the picture under {@code dir} and tells where; a failure to write is told, not thrown. */
    static String save(Path dir, Picture picture) {
        Path file = dir.resolve(picture.fileName());
        try {
            Files.createDirectories(dir);
            Files.write(file, picture.png());
            return "🖼 " + picture.alt() + "\n  → " + file.toAbsolutePath().normalize();
        } catch (IOException e) {
            return "🖼 " + picture.alt() + "\n  → not written to " + file + ": " + e.getMessage();
        }
    }

    /** Runs until end of input (or /quitter); answers the exit status. */
    public int run() throws IOException {
        show(engine.handle(new Event.Started(origin(), Optional.empty())));
        while (true) {
            if (interactive) {
                out.print("› ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                return 0;
            }
            String input = line.strip();
            if (!interactive) {
                out.println("> " + input);
            }
            if (input.isEmpty()) {
                continue;
            }
            Optional<Event> event = toEvent(input);
            if (event.isEmpty()) {
                return 0;
            }
            show(engine.handle(event.get()));
        }
    }

    /** The event a typed line stands for; empty for "quit". */
    Optional<Event> toEvent(String input) {
        if (NUMBER.matcher(input).matches()) {
            int number = Integer.parseInt(input);
            if (number >= 1 && number <= choices.size()) {
                return Optional.of(new Event.ButtonPressed(origin(), choices.get(number - 1)));
            }
        }
        Matcher command = COMMAND.matcher(input);
        if (command.matches()) {
            String name = command.group(1).toLowerCase(java.util.Locale.ROOT);
            if (QUIT.contains(name)) {
                return Optional.empty();
            }
            String args = command.group(2) == null ? "" : command.group(2);
            if (name.equals("start")) {
                return Optional.of(new Event.Started(origin(), args.isBlank() ? Optional.empty() : Optional.of(args.strip())));
            }
            return Optional.of(new Event.Command(origin(), name, args));
        }
        return Optional.of(new Event.Text(origin(), input));
    }

    private void show(Response response) {
        ConsoleRenderer.Rendered rendered = renderer.render(response);
        if (!rendered.choices().isEmpty()) {
            choices = rendered.choices();
        }
        out.print(rendered.text());
        out.flush();
    }

    private Origin origin() {
        return new Origin(key, PLATFORM, Optional.empty(), PLATFORM + "-" + run + "-" + (++deliveries));
    }
}
