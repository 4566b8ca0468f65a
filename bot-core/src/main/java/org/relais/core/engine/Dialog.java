package org.relais.core.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All flows together with the routes that work from anywhere (commands, global buttons, start, free
 * text a state does not take). {@link Builder#build()} checks the whole: every target exists, every
 * state can be reached and can be left, so a mistake fails at start-up with a message that says how
 * to fix it, not in a conversation.
 */
public final class Dialog {
    private final String initial;
    private final List<FlowTable> flows;
    private final Map<String, StateSpec> states;
    private final Map<String, Route<Handlers.OnCommand>> commands;
    private final Map<String, Route<Handlers.OnButton>> globalButtons;
    private final Map<String, Route<Handlers.OnChatCommand>> chatCommands;
    private final Route<Handlers.OnStart> start;
    private final Route<Handlers.OnText> fallbackText;
    private final Route<Handlers.OnCommand> unknownCommand;
    private final Route<Handlers.OnText> unsupported;
    private final Handlers.OnGroupRequest groupRequest;
    private final Handlers.Screen home;

    private Dialog(Builder b) {
        this.initial = b.initial;
        this.flows = List.copyOf(b.flows);
        this.states = Map.copyOf(b.states);
        // Declaration order, not Map.copyOf's per-run order: the diagram must be the same every time.
        this.commands = Collections.unmodifiableMap(new LinkedHashMap<>(b.commands));
        this.globalButtons = Collections.unmodifiableMap(new LinkedHashMap<>(b.globalButtons));
        this.chatCommands = Map.copyOf(b.chatCommands);
        this.start = b.start;
        this.fallbackText = b.fallbackText;
        this.unknownCommand = b.unknownCommand;
        this.unsupported = b.unsupported;
        this.groupRequest = b.groupRequest;
        this.home = b.home;
    }

    public static Builder builder(String initial) {
        return new Builder(initial);
    }

    public String initial() {
        return initial;
    }

    public List<FlowTable> flows() {
        return flows;
    }

    public Optional<StateSpec> state(String name) {
        return Optional.ofNullable(states.get(name));
    }

    Optional<Route<Handlers.OnCommand>> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Optional<Route<Handlers.OnButton>> globalButton(String verb) {
        return Optional.ofNullable(globalButtons.get(verb));
    }

    Optional<Route<Handlers.OnChatCommand>> chatCommand(String name) {
        return Optional.ofNullable(chatCommands.get(name));
    }

    Route<Handlers.OnStart> start() {
        return start;
    }

    Route<Handlers.OnText> fallbackText() {
        return fallbackText;
    }

    Route<Handlers.OnCommand> unknownCommand() {
        return unknownCommand;
    }

    Route<Handlers.OnText> unsupported() {
        return unsupported;
    }

    Handlers.OnGroupRequest groupRequest() {
        return groupRequest;
    }

    Handlers.Screen home() {
        return home;
    }

    /** The routes that work from any state, labelled for the diagram. */
    Map<String, Set<String>> globalTargets() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put("/start", start.targets());
        commands.values().stream().distinct().forEach(r -> out.put("/" + r.label() + restricted(r), r.targets()));
        globalButtons.values().forEach(r -> out.put(r.label() + restricted(r), r.targets()));
        return out;
    }

    private static String restricted(Route<?> route) {
        return route.coordinatorsOnly() ? " (coordinators)" : "";
    }

    /** Adds flows and global routes; {@link #build()} validates them together. */
    public static final class Builder {
        private final String initial;
        private final List<FlowTable> flows = new ArrayList<>();
        private final Map<String, StateSpec> states = new LinkedHashMap<>();
        private final Map<String, Route<Handlers.OnCommand>> commands = new LinkedHashMap<>();
        private final Map<String, Route<Handlers.OnButton>> globalButtons = new LinkedHashMap<>();
        private final Map<String, Route<Handlers.OnChatCommand>> chatCommands = new LinkedHashMap<>();
        private Route<Handlers.OnStart> start;
        private Route<Handlers.OnText> fallbackText;
        private Route<Handlers.OnCommand> unknownCommand;
        private Route<Handlers.OnText> unsupported;
        private Handlers.OnGroupRequest groupRequest;
        private Handlers.Screen home;
        private final List<String> errors = new ArrayList<>();

        private Builder(String initial) {
            this.initial = initial;
        }

        public Builder flow(FlowTable flow) {
            flows.add(flow);
            flow.states().forEach((name, spec) -> {
                if (states.put(name, spec) != null) {
                    errors.add("state '" + name + "' is declared by two flows; state names are global");
                }
            });
            return this;
        }

        /** A command under its names ({@code annuler}, {@code cancel}); the first names it in the diagram. */
        public Builder command(List<String> names, Handlers.OnCommand handler, String... targets) {
            return command(names, handler, false, targets);
        }

        /** A command only coordinators may run; anyone else gets a polite refusal and nothing happens. */
        public Builder coordinatorCommand(List<String> names, Handlers.OnCommand handler, String... targets) {
            return command(names, handler, true, targets);
        }

        private Builder command(List<String> names, Handlers.OnCommand handler, boolean restricted, String... targets) {
            Route<Handlers.OnCommand> route = new Route<>(names.get(0), handler, Set.of(targets), restricted);
            for (String name : names) {
                if (commands.put(name, route) != null) {
                    errors.add("command '" + name + "' is declared twice");
                }
            }
            return this;
        }

        public Builder globalButton(String verb, Handlers.OnButton handler, String... targets) {
            return globalButton(verb, handler, false, targets);
        }

        /** A button only coordinators may press (an old message forwarded to a volunteer does nothing). */
        public Builder coordinatorButton(String verb, Handlers.OnButton handler, String... targets) {
            return globalButton(verb, handler, true, targets);
        }

        private Builder globalButton(String verb, Handlers.OnButton handler, boolean restricted, String... targets) {
            if (globalButtons.put(verb, new Route<>(verb, handler, Set.of(targets), restricted)) != null) {
                errors.add("global button '" + verb + "' is declared twice");
            }
            return this;
        }

        /** A coordinators' command about the group or channel it is typed in, under its names. */
        public Builder chatCommand(List<String> names, Handlers.OnChatCommand handler) {
            Route<Handlers.OnChatCommand> route = new Route<>(names.get(0), handler, Set.of(), true);
            for (String name : names) {
                if (chatCommands.put(name, route) != null) {
                    errors.add("chat command '" + name + "' is declared twice");
                }
            }
            return this;
        }

        public Builder start(Handlers.OnStart handler, String... targets) {
            start = new Route<>("start", handler, Set.of(targets));
            return this;
        }

        public Builder fallbackText(Handlers.OnText handler, String... targets) {
            fallbackText = new Route<>("text", handler, Set.of(targets));
            return this;
        }

        public Builder unknownCommand(Handlers.OnCommand handler, String... targets) {
            unknownCommand = new Route<>("unknown command", handler, Set.of(targets));
            return this;
        }

        /** A sticker, a photo…: what to say (the text handed over is empty). */
        public Builder unsupported(Handlers.OnText handler, String... targets) {
            unsupported = new Route<>("unsupported", handler, Set.of(targets));
            return this;
        }

        public Builder groupRequest(Handlers.OnGroupRequest handler) {
            groupRequest = handler;
            return this;
        }

        /** What a platform's home view shows (Slack's App Home); it must not change the conversation. */
        public Builder home(Handlers.Screen screen) {
            home = screen;
            return this;
        }

        public Dialog build() {
            if (start == null) {
                errors.add("no start handler: call start(...)");
            }
            if (fallbackText == null) {
                errors.add("no fallback for free text: call fallbackText(...)");
            }
            if (unknownCommand == null) {
                errors.add("no answer to unknown commands: call unknownCommand(...)");
            }
            if (unsupported == null) {
                errors.add("no answer to what cannot be read (a sticker…): call unsupported(...)");
            }
            if (groupRequest == null) {
                errors.add("no answer to requests in groups: call groupRequest(...)");
            }
            if (home == null) {
                errors.add("no home view: call home(...)");
            }
            if (!states.containsKey(initial)) {
                errors.add("initial state '" + initial + "' is not declared by any flow");
            }
            if (errors.isEmpty()) {
                checkTargetsAndReach();
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the dialog is not valid:\n  - " + String.join("\n  - ", errors));
            }
            return new Dialog(this);
        }

        private void checkTargetsAndReach() {
            Set<String> entries = new LinkedHashSet<>(List.of(initial));
            entries.addAll(start.targets());
            entries.addAll(fallbackText.targets());
            entries.addAll(unknownCommand.targets());
            entries.addAll(unsupported.targets());
            commands.values().forEach(route -> entries.addAll(route.targets()));
            globalButtons.values().forEach(route -> entries.addAll(route.targets()));
            for (String entry : entries) {
                if (!states.containsKey(entry)) {
                    errors.add("a global route leads to '" + entry + "', which no flow declares");
                }
            }
            for (StateSpec spec : states.values()) {
                for (String target : spec.targets()) {
                    if (target.equals(StateSpec.PREVIOUS) && !spec.modal()) {
                        errors.add("state '" + spec.name() + "' goes back to the previous state but is not modal:"
                                + " call modal() on it");
                    } else if (!target.equals(StateSpec.PREVIOUS) && !states.containsKey(target)) {
                        errors.add("state '" + spec.name() + "' leads to '" + target + "', which no flow declares");
                    }
                }
                if (spec.buttons().isEmpty() && spec.text().isEmpty()) {
                    errors.add("state '" + spec.name() + "' handles neither buttons nor text: add a route,"
                            + " or remove the state");
                }
            }
            Set<String> reached = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(entries);
            while (!queue.isEmpty()) {
                String name = queue.poll();
                StateSpec spec = states.get(name);
                if (spec != null && reached.add(name)) {
                    queue.addAll(spec.targets());
                }
            }
            for (String name : states.keySet()) {
                if (!reached.contains(name)) {
                    errors.add("state '" + name + "' cannot be reached: route to it from another state,"
                            + " or remove it");
                }
            }
        }
    }
}
